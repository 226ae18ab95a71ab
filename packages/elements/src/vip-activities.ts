/**
 * `@clubkit/elements/vip-activities`: `<club-vip-activities>`, with which a signed-in member signs
 * up for the club's activities and group buys on a partner's page, and its headless controller.
 * An entry of its own, outside `@clubkit/elements` and `@clubkit/elements/define`: the activities
 * client is carried only by pages that show the activities, never by the member card, complaint
 * form or directory.
 * @packageDocumentation
 */
export * from './vip-activities/index.js';
