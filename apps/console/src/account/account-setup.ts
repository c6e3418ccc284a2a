/** The user's session is restricted until the account is put right (the server refuses it everything else). */
export function needsAccountSetup(user: { passwordChangeRequired: boolean; secondFactorRequired: boolean; secondFactorEnrolled: boolean }): boolean {
  return user.passwordChangeRequired || (user.secondFactorRequired && !user.secondFactorEnrolled);
}
