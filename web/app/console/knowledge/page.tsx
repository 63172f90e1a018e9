import { KnowledgeConsole } from '../../../components/KnowledgeConsole';

export const metadata = { title: 'Voice Shopper · Knowledge base' };

export default function KnowledgePage() {
  return <KnowledgeConsole />;
}
