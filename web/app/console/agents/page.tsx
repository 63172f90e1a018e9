import { AgentProfiles } from '../../../components/AgentProfiles';

export const metadata = { title: 'Voice Shopper · Agent profiles' };

export default function AgentProfilesPage() {
  return <AgentProfiles />;
}
