// The test page's logic: it records the activities widget's events as a partner page would receive them.
window.activityEvents = [];
for (const type of ['club-activity-signed-up', 'club-activity-cancelled', 'club-error'])
  document.addEventListener(type, (event) => {
    window.activityEvents.push({
      type,
      signUpId: event.signUp?.id,
      status: event.signUp?.status,
      code: event.error?.code,
      bubbles: event.bubbles,
      composed: event.composed,
    });
  });
