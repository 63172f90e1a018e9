export default function Home() {
  return <main>Voice Shopper</main>;
}
