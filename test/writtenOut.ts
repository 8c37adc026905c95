/**
 * The findings (`line:code`) of fixtures/proc/json-event.txt once the fix of proc.dump-in-one-line has written its two
 * dumps out below the string: the service test and the LSP test expect the same.
 */
export const JSON_EVENT_WRITTEN_OUT = [
  '16:proc.switch-config',
  '17:proc.bond-down',
  '25:proc.switch-config',
  '80:proc.link-failures',
  '87:proc.churn-monitoring',
  '88:proc.churn-monitoring',
  '97:proc.port-not-distributing',
];
