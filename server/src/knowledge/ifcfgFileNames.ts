/**
 * File names each reader skips as backups. initscripts: is_ignored_file() (/etc/rc.d/init.d/functions).
 * NetworkManager's ifcfg-rh plugin: utils_should_ignore_file() (nms-ifcfg-rh-utils.c, the suffixes in
 * nms-ifcfg-rh-common.h), another list, compared in any case (check_suffix), and rpm's temporary files, `;` and
 * 8 hex digits (check_rpm_temp_suffix). wicked: ifcfg(5) "FILENAMES AND EXTENSIONS".
 */
export const BACKUP_SUFFIXES = {
  initscripts: /(~|\.bak|\.old|\.orig|\.rpmnew|\.rpmorig|\.rpmsave)$/,
  networkmanager: /(~|\.bak|\.orig|\.rej|\.rpmnew|\.augnew|\.augtmp|;[0-9a-f]{8})$/i,
  wicked: /(~|\.old|\.bak|\.orig|\.scpmbackup|\.rpmnew|\.rpmsave|\.rpmorig)$/,
} as const;

/** Some reader skips a file of this name. */
export function isBackupName(name: string): boolean {
  return Object.values(BACKUP_SUFFIXES).some((re) => re.test(name));
}

/** Every reader skips a file of this name: it is no part of the system's configuration. */
export function ignoredByEveryReader(name: string): boolean {
  return Object.values(BACKUP_SUFFIXES).every((re) => re.test(name));
}
