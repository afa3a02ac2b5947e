/** Passwords, PINs, access tokens and API keys, masked in every report. */
import { expect } from 'vitest';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('infosec/credential', {
  invalid: [
    // English
    {
      name: 'a Wi-Fi password, masked',
      text: 'Staff Wi-Fi: ECC-Corporate, password: Castell#Hall2026',
      found: ['Castell#Hall2026'],
      errors: [{ severity: 'error', message: expect.not.stringContaining('Castell#Hall2026'), excerpt: expect.not.stringContaining('Castell#Hall2026') }],
    },
    { name: 'password is', text: 'The Wi-Fi password is LlyfrgellGymraeg', found: ['LlyfrgellGymraeg'] },
    { name: 'a PIN for a door', text: 'The PIN 4821 opens the side door.', found: ['4821'] },
    { name: 'a door code', text: 'Door code: 1234#', found: ['1234'] },
    { name: 'a PIN later in the clause', text: 'The PIN code for the gate is 2468.', found: ['2468'] },
    { name: 'a GitHub token (secretlint)', text: 'curl -H "Authorization: Bearer ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d" https://api.example.gov.wales/v1/bins', found: ['ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d'], errors: [{ message: expect.stringContaining('GitHub token') }] },
    { name: 'an AWS access key id (secretlint)', text: 'Set AWS_ACCESS_KEY_ID=AKIAZDOCIS2JHTLGMXGE first.', found: ['AKIAZDOCIS2JHTLGMXGE'] },
    { name: 'a Slack token (secretlint)', text: 'Bot token xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx', found: ['xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx'] },
    { name: 'a password in a link (secretlint)', text: 'Open https://admin:S3cretPass@example.com/x', found: ['https://admin:S3cretPass@example.com'] },
    { name: 'a Google API key (gitleaks pattern)', text: 'Maps key AIzaSyD-1234567890abcdefghijklmnopqrstu', found: ['AIzaSyD-1234567890abcdefghijklmnopqrstu'] },
    { name: 'a Stripe key (gitleaks pattern)', text: 'Use sk_live_4eC39HqLyjWDarjtT1zdp7dc for payments', found: ['sk_live_4eC39HqLyjWDarjtT1zdp7dc'] },
    { name: 'an api_key assignment (gitleaks pattern)', text: 'api_key=Zx81kLmQ93pRt7vWy2Ab', found: ['api_key=Zx81kLmQ93pRt7vWy2Ab'] },
    { name: 'a token in a code span is published too', text: 'Try `ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d`', found: ['ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d'] },
    // Welsh
    { name: 'Welsh: cyfrinair', text: 'Mewngofnodi: enw defnyddiwr LLYF-ADMIN, cyfrinair: Darllen!2026', found: ['Darllen!2026'] },
    { name: 'Welsh: the password is (mutated)', text: "Y cyfrinair Wi-Fi yw Castell2026", found: ['Castell2026'] },
    { name: 'Welsh: a door code', text: 'Cod y drws yw 4821.', found: ['4821'] },
  ],
  valid: [
    // English look-alikes
    'Forgotten your password for My Account? Reset it at https://www.example.gov.wales/my-account/reset-password',
    'We will never ask for your password by text or email.',
    'Visitors can use the free guest Wi-Fi, no password needed.',
    'Use a strong password (12+ characters) and a password manager.',
    'Your password must be at least 12 characters long.',
    'Password: ********',
    'See what the team does: https://youtu.be/aB3xK9pQ2wE',
    'Our open data API: https://data.example.gov.wales/api/docs',
    'Her driving licence number is MORGA753116SM9IJ.',
    'Chip and PIN payments are accepted at every library.',
    'The PIN is sent to you by post.',
    'The example key AKIAIOSFODNN7EXAMPLE is in the AWS documentation.',
    // Welsh look-alikes
    "Wedi anghofio'ch cyfrinair ar gyfer Fy Nghyfrif? Ailosodwch ef ar ein gwefan.",
    'Fyddwn ni byth yn gofyn am eich cyfrinair drwy neges destun nac e-bost.',
    'Does dim angen cyfrinair ar gyfer y Wi-Fi i westeion.',
  ],
});
