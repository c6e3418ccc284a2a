import { refusalGroundProblems } from './mla-refusal';
import { LegalBasis, RefusalGround } from './mla-vocabulary';

const FIELDS = { ground: 'ground', text: 'groundText' };
const problemsOf = (ground: RefusalGround | null, text: string | null, legalBasis: LegalBasis, consultationRecorded = false) =>
  refusalGroundProblems(ground, text, { legalBasis, consultationRecorded }, FIELDS).map((p) => `${p.field}: ${p.problem}`);

describe('refusal grounds', () => {
  it.each([
    ['no ground', null, null, LegalBasis.EIO_DIRECTIVE, false, ['ground: is required']],
    ['an EIO consultation ground on a reciprocity basis: only that it does not fit', RefusalGround.EIO_11_1_A_IMMUNITY_OR_PRIVILEGE, null, LegalBasis.RECIPROCITY, false, ['ground: does not fit']],
    ['OTHER under UNTOC, whose list is closed: only that it does not fit', RefusalGround.OTHER, null, LegalBasis.UNTOC_ART18, false, ['ground: does not fit']],
    ['OTHER under a treaty without its text', RefusalGround.OTHER, '  ', LegalBasis.BILATERAL_TREATY, false, ['groundText: is required']],
    ['OTHER under a treaty with its text', RefusalGround.OTHER, 'Statute of limitations', LegalBasis.BILATERAL_TREATY, false, []],
    ['EIO (e) before a consultation', RefusalGround.EIO_11_1_E_TERRITORIALITY, null, LegalBasis.EIO_DIRECTIVE, false, ['ground: a consultation']],
    ['EIO (e) after a consultation', RefusalGround.EIO_11_1_E_TERRITORIALITY, null, LegalBasis.EIO_DIRECTIVE, true, []],
    ['EIO (g), which needs no consultation', RefusalGround.EIO_11_1_G_DUAL_CRIMINALITY, null, LegalBasis.EIO_DIRECTIVE, false, []],
  ] as const)('%s', (_, ground, text, basis, consulted, expected) => {
    const problems = problemsOf(ground, text, basis, consulted);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((start, i) => expect(problems[i].startsWith(start)).toBe(true));
  });
});
