using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Faq;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// Merchants' storefronts, products (with stock and keyword codes) and FAQ entries, in memory or on Redis. Stock is
/// taken and given back per order, idempotently, so a retried confirmation never takes it twice.
/// </summary>
public interface ICatalogStore
{
    Task<Storefront?> GetStorefrontAsync(string merchant, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces a storefront. False (nothing written) when its short code belongs to another merchant. Its
    /// <see cref="Storefront.ApiKeyHash"/> is kept only when the merchant has no key yet: a key changes through
    /// <see cref="SetApiKeyHashAsync"/> alone, so a storefront read before a rotation never brings the old key back.
    /// </summary>
    Task<bool> PutStorefrontAsync(Storefront storefront, CancellationToken cancellationToken = default);

    /// <summary>Sets the hash of a merchant's API key (a new key, the old one stops working). False when it has no storefront.</summary>
    Task<bool> SetApiKeyHashAsync(string merchant, string apiKeyHash, CancellationToken cancellationToken = default);

    /// <summary>The merchant whose storefront has this short code, or null.</summary>
    Task<string?> FindMerchantByShortCodeAsync(string shortCode, CancellationToken cancellationToken = default);

    /// <summary>Handles of every merchant with a storefront, sorted.</summary>
    Task<IReadOnlyList<string>> ListMerchantsAsync(CancellationToken cancellationToken = default);

    Task<Product?> GetProductAsync(string merchant, string sku, CancellationToken cancellationToken = default);

    /// <summary>A merchant's products, sorted by sku.</summary>
    Task<IReadOnlyList<Product>> ListProductsAsync(string merchant, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces a product (its stock included). False (nothing written) when one of its keywords belongs to
    /// another product of the same merchant.
    /// </summary>
    Task<bool> PutProductAsync(Product product, CancellationToken cancellationToken = default);

    /// <summary>Removes a product and its keywords; false when there was none.</summary>
    Task<bool> DeleteProductAsync(string merchant, string sku, CancellationToken cancellationToken = default);

    /// <summary>The merchant's product with this keyword (any case), or null.</summary>
    Task<Product?> FindByKeywordAsync(string merchant, string keyword, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes <paramref name="quantity"/> units for an order, atomically. Taking again for the same order answers as the
    /// first time did without taking more. Products without a stock count are always available.
    /// </summary>
    Task<StockOutcome> TakeStockAsync(string merchant, string sku, int quantity, string orderNumber, CancellationToken cancellationToken = default);

    /// <summary>Gives back what an order took (once, however often it is called); the units given back, or 0.</summary>
    Task<int> ReturnStockAsync(string merchant, string sku, string orderNumber, CancellationToken cancellationToken = default);

    /// <summary>A merchant's FAQ entries, every language, sorted by language then id.</summary>
    Task<IReadOnlyList<FaqEntry>> ListFaqAsync(string merchant, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the entry with this language and id.</summary>
    Task PutFaqAsync(string merchant, FaqEntry entry, CancellationToken cancellationToken = default);

    Task<bool> DeleteFaqAsync(string merchant, string language, string id, CancellationToken cancellationToken = default);
}

/// <summary>What taking stock did: <see cref="Taken"/>, or not enough left (<see cref="Left"/> units).</summary>
public sealed record StockOutcome(bool Taken, int? Left);
