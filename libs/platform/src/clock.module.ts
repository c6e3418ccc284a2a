import { Global, Module } from '@nestjs/common';
import { CLOCK, systemClock } from '@app/kernel';

/** The one time source of an app; tests that drive time replace CLOCK here. */
@Global()
@Module({
  providers: [{ provide: CLOCK, useValue: systemClock }],
  exports: [CLOCK],
})
export class ClockModule {}
