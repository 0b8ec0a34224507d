/** The popup's parts that load after the first paint (see app.tsx): the registry's long texts (who is linked to the
 * platform, with the evidence, its sources and the regulators' records, and what the user can do), and My exposure's
 * cards, which wait for the worker's answer anyway. */
import type { PlatformInfo } from '../../core/registry/schema';
import { evidenceFor, platformInfo, scraperInfo } from '../../core/registry/index';
import { Harvesters } from './harvesters';
import type { PopupData } from './popup-view';
import { Steps } from './steps';

export { CountUploadsQuestion, MyProfileToggle } from './exposure-cards';

export interface DetailsProps {
  name: string;
  platform: PlatformInfo;
  evidence: PopupData['evidence'];
  expanded: boolean;
  onAsk?: (scraper: string) => void;
}

export function PlatformDetails({ name, platform, evidence, expanded, onAsk }: DetailsProps) {
  return (
    <>
      <Harvesters name={name} items={evidence} expanded={expanded} onAsk={onAsk} />
      <Steps platform={platform} />
    </>
  );
}

/** The registry entry and the evidence of a platform, with the scraper each piece names. */
export function registryDetails(platform: string): Pick<PopupData, 'platform' | 'evidence'> {
  return { platform: platformInfo(platform), evidence: evidenceFor(platform).map((e) => ({ evidence: e, scraper: scraperInfo(e.scraper) })) };
}
