/** The host's lazily loaded engine parts, provided directly to the unbundled sources under test. */
import * as local from '../../src/extension/engineLocal';
import { provideEngineLocal } from '../../src/extension/lazyEngine';

provideEngineLocal(local);
