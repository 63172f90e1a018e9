import { ShopApp } from '../components/ShopApp';

export default function Home() {
  return <ShopApp />;
}
