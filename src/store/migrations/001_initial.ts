import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Only portable column types (text, integer) so the same migration builds the same schema on
 * SQLite and PostgreSQL. See schema.ts for the value conventions.
 */
export const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.unique())
      .addColumn('name', 'text')
      .addColumn('customer_number', 'text', (c) => c.unique())
      .addColumn('document_number', 'text')
      .addColumn('postal_code', 'text')
      .addColumn('phone', 'text')
      .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('users_document_number_idx').on('users').column('document_number').execute();

    await db.schema
      .createTable('categories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_es', 'text')
      .addColumn('synonyms', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();

    await db.schema
      .createTable('products')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('handle', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_es', 'text')
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('description_es', 'text')
      .addColumn('brand', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('product_type', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('image', 'text')
      .addColumn('url', 'text')
      .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('products_category_idx').on('products').column('category').execute();
    await db.schema.createIndex('products_brand_idx').on('products').column('brand').execute();

    await db.schema
      .createTable('variants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
      .addColumn('sku', 'text', (c) => c.notNull().unique())
      .addColumn('size', 'text')
      .addColumn('color', 'text')
      .addColumn('price_cents', 'integer', (c) => c.notNull())
      .addColumn('compare_at_cents', 'integer')
      .addColumn('stock', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('variants_product_idx').on('variants').column('product_id').execute();

    await db.schema
      .createTable('product_images')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('alt', 'text')
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('product_images_product_idx')
      .on('product_images')
      .column('product_id')
      .execute();

    await db.schema
      .createTable('carts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('session_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('promo_code', 'text')
      .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('carts_user_status_idx').on('carts').columns(['user_id', 'status']).execute();

    await db.schema
      .createTable('cart_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('cart_id', 'text', (c) => c.notNull().references('carts.id').onDelete('cascade'))
      .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
      .addColumn('variant_id', 'text', (c) => c.notNull().references('variants.id').onDelete('cascade'))
      .addColumn('quantity', 'integer', (c) => c.notNull())
      .addColumn('unit_price_cents', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('cart_items_cart_variant_uq', ['cart_id', 'variant_id'])
      .execute();

    await db.schema
      .createTable('promos')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('value', 'integer', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('description_es', 'text')
      .addColumn('min_subtotal_cents', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('applies_to', 'text')
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('starts_at', 'text')
      .addColumn('ends_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('orders')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('cart_id', 'text')
      .addColumn('session_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('placed'))
      .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
      .addColumn('subtotal_cents', 'integer', (c) => c.notNull())
      .addColumn('discount_cents', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('shipping_cents', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('total_cents', 'integer', (c) => c.notNull())
      .addColumn('promo_code', 'text')
      .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
      .addColumn('shipping_postal_code', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('orders_user_created_idx')
      .on('orders')
      .columns(['user_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('order_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
      .addColumn('product_id', 'text', (c) => c.notNull())
      .addColumn('variant_id', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('size', 'text')
      .addColumn('color', 'text')
      .addColumn('image', 'text')
      .addColumn('quantity', 'integer', (c) => c.notNull())
      .addColumn('unit_price_cents', 'integer', (c) => c.notNull())
      .addColumn('line_total_cents', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('order_items_order_idx').on('order_items').column('order_id').execute();

    await db.schema
      .createTable('saved_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
      .addColumn('variant_id', 'text')
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('saved_items_user_product_uq', ['user_id', 'product_id'])
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('transport', 'text', (c) => c.notNull())
      .addColumn('language', 'text')
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'text')
      .addColumn('end_reason', 'text')
      .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

    // No foreign key to sessions: the recorder must never lose an event because a session row
    // is written later (or by another process).
    await db.schema
      .createTable('conversation_events')
      .addColumn('session_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('conversation_events_pk', ['session_id', 'seq'])
      .execute();

    await db.schema
      .createTable('research_results')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('session_id', 'text')
      .addColumn('query', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('summary', 'text')
      .addColumn('items', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('completed_at', 'text')
      .execute();
    await db.schema
      .createIndex('research_results_user_idx')
      .on('research_results')
      .column('user_id')
      .execute();

    await db.schema
      .createTable('surveys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('rating', 'integer')
      .addColumn('comment', 'text')
      .addColumn('answers', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('surveys_session_idx').on('surveys').column('session_id').execute();

    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const table of [
      'meta',
      'surveys',
      'research_results',
      'conversation_events',
      'sessions',
      'saved_items',
      'order_items',
      'orders',
      'promos',
      'cart_items',
      'carts',
      'product_images',
      'variants',
      'products',
      'categories',
      'users',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
