// The education team's address, named in every text that sends people to a person. It comes from
// configuration (CONTACT_EMAIL): the composition root sets it once at start-up; texts read it when
// they are shown, so no text carries a copy of its own.

export const DEFAULT_CONTACT = 'kommune-inklusiv@aktion-mensch.de';

let address = DEFAULT_CONTACT;

/** The address texts name, e.g. "Schreiben Sie an …". */
export function contact(): string {
  return address;
}

/** Called by the composition root with the configured CONTACT_EMAIL (validated there as an e-mail). */
export function setContact(value: string): void {
  address = value;
}

/** A text in both registers that names the address; each form is written as a function of it. */
export function withContact(normal: (address: string) => string, easy: (address: string) => string): { readonly normal: string; readonly easy: string } {
  return {
    get normal() {
      return normal(address);
    },
    get easy() {
      return easy(address);
    },
  };
}
