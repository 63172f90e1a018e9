/** Static export served by the Voice Shopper server; nothing is loaded from a CDN. */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
};
export default nextConfig;
