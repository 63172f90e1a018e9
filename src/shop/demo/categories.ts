import type { CategoryRecord } from '../catalog/writer.ts';

/** Demo store categories with English/Spanish names and the words shoppers use for them. */
export const DEMO_CATEGORIES: CategoryRecord[] = [
  {
    id: 'running-shoes',
    name: 'Running shoes',
    name_es: 'Zapatillas de running',
    synonyms: [
      'running shoe',
      'runners',
      'trainers',
      'sneakers',
      'zapatillas para correr',
      'zapatillas de correr',
      'calzado de running',
    ],
  },
  {
    id: 'trail-shoes',
    name: 'Trail running shoes',
    name_es: 'Zapatillas de trail',
    synonyms: [
      'trail shoes',
      'trail runners',
      'off-road shoes',
      'zapatillas de montaña',
      'zapatillas trail running',
    ],
  },
  {
    id: 'football-boots',
    name: 'Football boots',
    name_es: 'Botas de fútbol',
    synonyms: ['soccer cleats', 'cleats', 'soccer boots', 'botas', 'botines', 'tacos', 'futbol'],
  },
  {
    id: 'hoodies',
    name: 'Hoodies',
    name_es: 'Sudaderas',
    synonyms: ['hoodie', 'sweatshirt', 'hooded sweatshirt', 'sudadera con capucha'],
  },
  {
    id: 't-shirts',
    name: 'T-shirts',
    name_es: 'Camisetas',
    synonyms: ['tee', 'shirt', 'top', 'camiseta técnica', 'playera'],
  },
  {
    id: 'shorts',
    name: 'Shorts',
    name_es: 'Pantalones cortos',
    synonyms: ['running shorts', 'pantalón corto', 'pantaloneta'],
  },
  {
    id: 'leggings',
    name: 'Leggings',
    name_es: 'Mallas',
    synonyms: ['tights', 'running tights', 'leggins', 'malla'],
  },
  {
    id: 'jackets',
    name: 'Jackets',
    name_es: 'Chaquetas',
    synonyms: ['jacket', 'coat', 'windbreaker', 'rain jacket', 'cortavientos', 'chubasquero', 'abrigo'],
  },
  { id: 'socks', name: 'Socks', name_es: 'Calcetines', synonyms: ['sock', 'calcetín', 'medias'] },
  {
    id: 'backpacks',
    name: 'Backpacks',
    name_es: 'Mochilas',
    synonyms: ['backpack', 'rucksack', 'bag', 'mochila', 'bolsa'],
  },
  {
    id: 'water-bottles',
    name: 'Water bottles',
    name_es: 'Botellas de agua',
    synonyms: ['bottle', 'flask', 'bidón', 'botella', 'termo', 'cantimplora'],
  },
  {
    id: 'yoga-mats',
    name: 'Yoga mats',
    name_es: 'Esterillas de yoga',
    synonyms: ['mat', 'exercise mat', 'esterilla', 'colchoneta'],
  },
  {
    id: 'tennis-rackets',
    name: 'Tennis rackets',
    name_es: 'Raquetas de tenis',
    synonyms: ['racket', 'racquet', 'raqueta'],
  },
  { id: 'balls', name: 'Balls', name_es: 'Balones', synonyms: ['ball', 'balón', 'pelota', 'pelotas'] },
  {
    id: 'caps',
    name: 'Caps',
    name_es: 'Gorras',
    synonyms: ['cap', 'hat', 'visor', 'gorra', 'visera', 'gorro'],
  },
];
