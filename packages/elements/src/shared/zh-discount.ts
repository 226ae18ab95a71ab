/** A percentage off as Chinese shoppers read it: 10 % off is 九折 (9折), 15 % off is 8.5折. */
export const zhDiscount = (percentOff: number): string => `${Number(((100 - percentOff) / 10).toFixed(3))}折`;
