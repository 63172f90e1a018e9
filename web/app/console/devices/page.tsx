import { DevicesConsole } from '../../../components/DevicesConsole';

export const metadata = { title: 'Voice Shopper · Devices' };

export default function DevicesPage() {
  return <DevicesConsole />;
}
