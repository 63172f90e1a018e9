import { Console } from '../../components/Console';

export const metadata = { title: 'Voice Shopper · Console' };

export default function ConsolePage() {
  return <Console />;
}
