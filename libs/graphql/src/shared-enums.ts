import { registerEnumType } from '@nestjs/graphql';
import { FormOfExploitation } from '@app/kernel';

// Vocabulary more than one context exposes over GraphQL is registered once, here.
registerEnumType(FormOfExploitation, { name: 'FormOfExploitation' });
