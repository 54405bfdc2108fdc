using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Faq;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// The catalog in process memory, for a local run and tests; one lock keeps the short-code and keyword indexes and
/// the stock consistent. Stock taken per order is remembered, so a retried take or return changes nothing.
/// </summary>
public sealed class InMemoryCatalogStore : ICatalogStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Storefront> _storefronts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _shortCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Merchant, string Sku), Product> _products = [];
    private readonly Dictionary<(string Merchant, string Keyword), string> _keywords = [];
    private readonly Dictionary<(string Merchant, string Sku, string Order), StockTake> _takes = [];
    private readonly Dictionary<(string Merchant, string Language, string Id), FaqEntry> _faq = [];

    public Task<Storefront?> GetStorefrontAsync(string merchant, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_storefronts.GetValueOrDefault(merchant));
        }
    }

    public Task<bool> PutStorefrontAsync(Storefront storefront, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storefront);
        lock (_lock)
        {
            var code = storefront.ShortCode;
            if (code is not null && _shortCodes.TryGetValue(code, out var owner) && owner != storefront.Merchant)
            {
                return Task.FromResult(false);
            }
            if (_storefronts.TryGetValue(storefront.Merchant, out var old) && old.ShortCode is { } oldCode && oldCode != code)
            {
                _shortCodes.Remove(oldCode);
            }
            if (code is not null)
            {
                _shortCodes[code] = storefront.Merchant;
            }
            _storefronts[storefront.Merchant] = old?.ApiKeyHash is { } key ? storefront with { ApiKeyHash = key } : storefront;
            return Task.FromResult(true);
        }
    }

    public Task<bool> SetApiKeyHashAsync(string merchant, string apiKeyHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merchant);
        ArgumentException.ThrowIfNullOrEmpty(apiKeyHash);
        lock (_lock)
        {
            if (!_storefronts.TryGetValue(merchant, out var storefront))
            {
                return Task.FromResult(false);
            }
            _storefronts[merchant] = storefront with { ApiKeyHash = apiKeyHash };
            return Task.FromResult(true);
        }
    }

    public Task<string?> FindMerchantByShortCodeAsync(string shortCode, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_shortCodes.GetValueOrDefault(shortCode));
        }
    }

    public Task<IReadOnlyList<string>> ListMerchantsAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. _storefronts.Keys.Order(StringComparer.Ordinal)]);
        }
    }

    public Task<Product?> GetProductAsync(string merchant, string sku, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_products.GetValueOrDefault((merchant, sku)));
        }
    }

    public Task<IReadOnlyList<Product>> ListProductsAsync(string merchant, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Product>>(
                [.. _products.Values.Where(p => p.Merchant == merchant).OrderBy(p => p.Sku, StringComparer.Ordinal)]);
        }
    }

    public Task<bool> PutProductAsync(Product product, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        var keywords = StoreRules.Keywords(product);
        lock (_lock)
        {
            foreach (var keyword in keywords)
            {
                if (_keywords.TryGetValue((product.Merchant, keyword), out var owner) && owner != product.Sku)
                {
                    return Task.FromResult(false);
                }
            }
            RemoveKeywords(product.Merchant, product.Sku);
            foreach (var keyword in keywords)
            {
                _keywords[(product.Merchant, keyword)] = product.Sku;
            }
            _products[(product.Merchant, product.Sku)] = product;
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteProductAsync(string merchant, string sku, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_products.Remove((merchant, sku)))
            {
                return Task.FromResult(false);
            }
            RemoveKeywords(merchant, sku);
            return Task.FromResult(true);
        }
    }

    public Task<Product?> FindByKeywordAsync(string merchant, string keyword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        lock (_lock)
        {
            return Task.FromResult(_keywords.TryGetValue((merchant, StoreRules.Keyword(keyword)), out var sku)
                ? _products.GetValueOrDefault((merchant, sku))
                : null);
        }
    }

    public Task<StockOutcome> TakeStockAsync(
        string merchant, string sku, int quantity, string orderNumber, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentNullException.ThrowIfNull(orderNumber);
        lock (_lock)
        {
            var product = _products.GetValueOrDefault((merchant, sku));
            // A take given back counts as none: the order may take again (a payment retried after a refusal).
            if (_takes.TryGetValue((merchant, sku, orderNumber), out var earlier) && !earlier.Returned)
            {
                return Task.FromResult(new StockOutcome(true, product?.Stock));
            }
            if (product is null)
            {
                return Task.FromResult(new StockOutcome(false, 0));
            }
            if (product.Stock is not { } stock)
            {
                _takes[(merchant, sku, orderNumber)] = new StockTake(0);
                return Task.FromResult(new StockOutcome(true, null));
            }
            if (stock < quantity)
            {
                return Task.FromResult(new StockOutcome(false, stock));
            }
            _products[(merchant, sku)] = product with { Stock = stock - quantity };
            _takes[(merchant, sku, orderNumber)] = new StockTake(quantity);
            return Task.FromResult(new StockOutcome(true, stock - quantity));
        }
    }

    public Task<int> ReturnStockAsync(string merchant, string sku, string orderNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderNumber);
        lock (_lock)
        {
            if (!_takes.TryGetValue((merchant, sku, orderNumber), out var take) || take.Returned)
            {
                return Task.FromResult(0);
            }
            _takes[(merchant, sku, orderNumber)] = take with { Returned = true };
            if (take.Quantity == 0 || _products.GetValueOrDefault((merchant, sku)) is not { Stock: { } stock } product)
            {
                return Task.FromResult(0);
            }
            _products[(merchant, sku)] = product with { Stock = stock + take.Quantity };
            return Task.FromResult(take.Quantity);
        }
    }

    public Task<IReadOnlyList<FaqEntry>> ListFaqAsync(string merchant, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<FaqEntry>>(
                [.. _faq.Where(e => e.Key.Merchant == merchant).Select(e => e.Value).Order(StoreRules.FaqOrder)]);
        }
    }

    public Task PutFaqAsync(string merchant, FaqEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            _faq[(merchant, entry.Language, entry.Id)] = entry;
            return Task.CompletedTask;
        }
    }

    public Task<bool> DeleteFaqAsync(string merchant, string language, string id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_faq.Remove((merchant, language, id)));
        }
    }

    private void RemoveKeywords(string merchant, string sku)
    {
        foreach (var key in _keywords.Where(k => k.Key.Merchant == merchant && k.Value == sku).Select(k => k.Key).ToList())
        {
            _keywords.Remove(key);
        }
    }

    /// <summary>Units an order took (0 for a product whose stock is not counted), and whether they went back.</summary>
    private sealed record StockTake(int Quantity, bool Returned = false);
}
