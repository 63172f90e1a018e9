import type { ReactNode } from 'react';
import './globals.css';

export const metadata = {
  title: 'Voice Shopper',
  description: 'Talk to the shop: find products, fill your cart and order by voice or text.',
};

export const viewport = { width: 'device-width', initialScale: 1, themeColor: '#4f46e5' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
