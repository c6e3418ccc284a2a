import { hello } from '@app/kernel';
console.log(hello());
