import { SafetyConsole } from '../../../components/SafetyConsole';

export const metadata = { title: 'Voice Shopper · Safety' };

export default function SafetyPage() {
  return <SafetyConsole />;
}
