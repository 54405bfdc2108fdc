using System.Globalization;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Faq;
using StackExchange.Redis;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// The catalog in Redis, with the same behaviour as <see cref="InMemoryCatalogStore"/>, shared by every instance of
/// the service. Keys are laid out in docs/redis-keys.md ("Commerce keys"), all under one hash tag <c>{prefix}</c>.
/// Putting a storefront or a product, deleting a product, and taking or giving back stock are each one Lua script,
/// so the short-code and keyword indexes never disagree and an order takes its stock once. Redis errors are thrown
/// as they are.
/// </summary>
public sealed class RedisCatalogStore : ICatalogStore
{
    /// <summary>
    /// KEYS[1] storefronts, [2] shortcodes, [3] apikeys. ARGV[1] merchant, [2] storefront JSON (without its key hash), [3]
    /// short code ('' for none), [4] the API key hash given ('' for none), kept only when the merchant has none yet.
    /// Answers 0 (nothing written) when the code is another merchant's, else frees the merchant's old code and 1.
    /// </summary>
    private const string PutStorefrontScript = """
        if ARGV[3] ~= '' then
          local owner = redis.call('HGET', KEYS[2], ARGV[3])
          if owner and owner ~= ARGV[1] then return 0 end
        end
        if ARGV[4] ~= '' then redis.call('HSETNX', KEYS[3], ARGV[1], ARGV[4]) end
        local old = redis.call('HGET', KEYS[1], ARGV[1])
        if old then
          local code = cjson.decode(old).ShortCode
          if type(code) == 'string' and code ~= ARGV[3] and redis.call('HGET', KEYS[2], code) == ARGV[1] then
            redis.call('HDEL', KEYS[2], code)
          end
        end
        if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], ARGV[3], ARGV[1]) end
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        return 1
        """;

    /// <summary>
    /// KEYS[1] product:&lt;merchant&gt;:&lt;sku&gt;, [2] keywords:&lt;merchant&gt;, [3] products:&lt;merchant&gt;. ARGV[1]
    /// sku, [2] product JSON (without stock), [3] stock ('' when not counted), [4] the keywords as a JSON array,
    /// [5...] each keyword (upper case). Answers 0 (nothing written) when a keyword is another product's, else 1.
    /// </summary>
    private const string PutProductScript = """
        for i = 5, #ARGV do
          local owner = redis.call('HGET', KEYS[2], ARGV[i])
          if owner and owner ~= ARGV[1] then return 0 end
        end
        local old = redis.call('HGET', KEYS[1], 'keywords')
        if old then
          for _, keyword in ipairs(cjson.decode(old)) do
            if redis.call('HGET', KEYS[2], keyword) == ARGV[1] then redis.call('HDEL', KEYS[2], keyword) end
          end
        end
        for i = 5, #ARGV do redis.call('HSET', KEYS[2], ARGV[i], ARGV[1]) end
        redis.call('HSET', KEYS[1], 'json', ARGV[2], 'keywords', ARGV[4])
        if ARGV[3] == '' then redis.call('HDEL', KEYS[1], 'stock') else redis.call('HSET', KEYS[1], 'stock', ARGV[3]) end
        redis.call('SADD', KEYS[3], ARGV[1])
        return 1
        """;

    /// <summary>KEYS as for <see cref="PutProductScript"/>, ARGV[1] sku. Answers 0 when there was no product, else 1.</summary>
    private const string DeleteProductScript = """
        local old = redis.call('HGET', KEYS[1], 'keywords')
        if not old then return 0 end
        for _, keyword in ipairs(cjson.decode(old)) do
          if redis.call('HGET', KEYS[2], keyword) == ARGV[1] then redis.call('HDEL', KEYS[2], keyword) end
        end
        redis.call('DEL', KEYS[1])
        redis.call('SREM', KEYS[3], ARGV[1])
        return 1
        """;

    /// <summary>
    /// KEYS[1] product:&lt;merchant&gt;:&lt;sku&gt;, [2] takes:&lt;merchant&gt;:&lt;sku&gt;. ARGV[1] quantity, [2] order
    /// number. Answers {taken 1/0, units left (-1: not counted)}; the units taken are recorded under the order
    /// ('0' when the stock is not counted), and an order already recorded answers taken without taking more.
    /// </summary>
    private const string TakeScript = """
        local stock = redis.call('HGET', KEYS[1], 'stock')
        local left = -1
        if stock then left = tonumber(stock) end
        local earlier = redis.call('HGET', KEYS[2], ARGV[2])
        if earlier and earlier ~= 'r' then return {1, left} end
        if redis.call('HEXISTS', KEYS[1], 'json') == 0 then return {0, 0} end
        if not stock then
          redis.call('HSET', KEYS[2], ARGV[2], '0')
          return {1, -1}
        end
        local quantity = tonumber(ARGV[1])
        if left < quantity then return {0, left} end
        redis.call('HSET', KEYS[1], 'stock', string.format('%d', left - quantity))
        redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
        return {1, left - quantity}
        """;

    /// <summary>
    /// KEYS as for <see cref="TakeScript"/>, ARGV[1] order number. Marks the order's take given back ('r') and adds
    /// its units to the stock when the product still counts it; answers the units given back.
    /// </summary>
    private const string ReturnScript = """
        local taken = redis.call('HGET', KEYS[2], ARGV[1])
        if not taken or taken == 'r' then return 0 end
        redis.call('HSET', KEYS[2], ARGV[1], 'r')
        local quantity = tonumber(taken)
        if quantity == 0 or not redis.call('HGET', KEYS[1], 'stock') then return 0 end
        redis.call('HINCRBY', KEYS[1], 'stock', quantity)
        return quantity
        """;

    private static readonly RedisValue[] ProductFields = ["json", "stock"];

    private readonly IConnectionMultiplexer _redis;
    private readonly string _tag;

    public RedisCatalogStore(IConnectionMultiplexer redis, string keyPrefix = "m")
    {
        _redis = redis ?? throw new ArgumentNullException(nameof(redis));
        _tag = StoreRules.HashTag(keyPrefix);
    }

    private IDatabase Db => _redis.GetDatabase();

    /// <summary>Hash: merchant → its storefront JSON.</summary>
    private RedisKey StorefrontsKey => _tag + "storefronts";

    /// <summary>Hash: short code → the merchant that owns it.</summary>
    private RedisKey ShortCodesKey => _tag + "shortcodes";

    /// <summary>Hash: merchant → the SHA-256 of its API key, apart from the storefront so that no storefront write puts back
    /// a key that was rotated since it was read.</summary>
    private RedisKey ApiKeysKey => _tag + "apikeys";

    /// <summary>The storefront's JSON and its key hash in one step (a JSON saved with a hash inside, before the hashes were
    /// kept apart, keeps that one until a key is issued).</summary>
    public async Task<Storefront?> GetStorefrontAsync(string merchant, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var read = (RedisValue[])(await Db.ScriptEvaluateAsync(GetStorefrontScript, [StorefrontsKey, ApiKeysKey], [merchant])
            .WaitAsync(cancellationToken).ConfigureAwait(false))!;
        if (read[0].IsNull)
        {
            return null;
        }
        var storefront = CommerceJson.ReadStorefront((string)read[0]!);
        return read[1].IsNull ? storefront : storefront with { ApiKeyHash = (string)read[1]! };
    }

    /// <summary>KEYS[1] storefronts, [2] apikeys; ARGV[1] merchant. Answers {storefront JSON, key hash}, either nil.</summary>
    private const string GetStorefrontScript = """
        return {redis.call('HGET', KEYS[1], ARGV[1]), redis.call('HGET', KEYS[2], ARGV[1])}
        """;

    public async Task<bool> PutStorefrontAsync(Storefront storefront, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storefront);
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys = [StorefrontsKey, ShortCodesKey, ApiKeysKey];
        RedisValue[] values =
        [
            storefront.Merchant, CommerceJson.Write(storefront with { ApiKeyHash = null }), storefront.ShortCode ?? "",
            storefront.ApiKeyHash ?? "",
        ];
        var put = await Db.ScriptEvaluateAsync(PutStorefrontScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)put == 1;
    }

    /// <summary>KEYS[1] storefronts, [2] apikeys; ARGV[1] merchant, [2] the new hash. Answers 0 when there is no storefront.</summary>
    private const string SetApiKeyHashScript = """
        if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
        return 1
        """;

    public async Task<bool> SetApiKeyHashAsync(string merchant, string apiKeyHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merchant);
        ArgumentException.ThrowIfNullOrEmpty(apiKeyHash);
        cancellationToken.ThrowIfCancellationRequested();
        var set = await Db.ScriptEvaluateAsync(SetApiKeyHashScript, [StorefrontsKey, ApiKeysKey], [merchant, apiKeyHash])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)set == 1;
    }

    public async Task<string?> FindMerchantByShortCodeAsync(string shortCode, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await Db.HashGetAsync(ShortCodesKey, shortCode).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> ListMerchantsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var merchants = await Db.HashKeysAsync(StorefrontsKey).WaitAsync(cancellationToken).ConfigureAwait(false);
        return [.. merchants.Select(m => (string)m!).Order(StringComparer.Ordinal)];
    }

    public async Task<Product?> GetProductAsync(string merchant, string sku, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var fields = await Db.HashGetAsync(ProductKey(merchant, sku), ProductFields).WaitAsync(cancellationToken).ConfigureAwait(false);
        return ToProduct(fields);
    }

    public async Task<IReadOnlyList<Product>> ListProductsAsync(string merchant, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var db = Db;
        var skus = await db.SetMembersAsync(ProductsKey(merchant)).WaitAsync(cancellationToken).ConfigureAwait(false);
        var reads = skus.Select(s => (string)s!).Order(StringComparer.Ordinal)
            .Select(sku => db.HashGetAsync(ProductKey(merchant, sku), ProductFields)).ToList();
        var products = await Task.WhenAll(reads).WaitAsync(cancellationToken).ConfigureAwait(false);
        return [.. products.Select(ToProduct).OfType<Product>()];
    }

    public async Task<bool> PutProductAsync(Product product, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        cancellationToken.ThrowIfCancellationRequested();
        var keywords = StoreRules.Keywords(product);
        RedisKey[] keys = [ProductKey(product.Merchant, product.Sku), KeywordsKey(product.Merchant), ProductsKey(product.Merchant)];
        RedisValue[] values =
        [
            product.Sku,
            CommerceJson.Write(product with { Stock = null }),
            product.Stock is { } stock ? stock.ToString(CultureInfo.InvariantCulture) : "",
            CommerceJson.Write(keywords),
            .. keywords.Select(k => (RedisValue)k),
        ];
        var put = await Db.ScriptEvaluateAsync(PutProductScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)put == 1;
    }

    public async Task<bool> DeleteProductAsync(string merchant, string sku, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys = [ProductKey(merchant, sku), KeywordsKey(merchant), ProductsKey(merchant)];
        var deleted = await Db.ScriptEvaluateAsync(DeleteProductScript, keys, [sku]).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)deleted == 1;
    }

    public async Task<Product?> FindByKeywordAsync(string merchant, string keyword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        cancellationToken.ThrowIfCancellationRequested();
        var sku = await Db.HashGetAsync(KeywordsKey(merchant), StoreRules.Keyword(keyword)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return sku.IsNull ? null : await GetProductAsync(merchant, (string)sku!, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StockOutcome> TakeStockAsync(
        string merchant, string sku, int quantity, string orderNumber, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentNullException.ThrowIfNull(orderNumber);
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys = [ProductKey(merchant, sku), TakesKey(merchant, sku)];
        RedisValue[] values = [quantity, orderNumber];
        var result = await Db.ScriptEvaluateAsync(TakeScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        var answer = (RedisResult[])result!;
        var left = (int)answer[1];
        return new StockOutcome((int)answer[0] == 1, left < 0 ? null : left);
    }

    public async Task<int> ReturnStockAsync(string merchant, string sku, string orderNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderNumber);
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys = [ProductKey(merchant, sku), TakesKey(merchant, sku)];
        var given = await Db.ScriptEvaluateAsync(ReturnScript, keys, [orderNumber]).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)given;
    }

    public async Task<IReadOnlyList<FaqEntry>> ListFaqAsync(string merchant, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entries = await Db.HashValuesAsync(FaqKey(merchant)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return [.. entries.Select(e => CommerceJson.ReadFaq((string)e!)).Order(StoreRules.FaqOrder)];
    }

    public async Task PutFaqAsync(string merchant, FaqEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        await Db.HashSetAsync(FaqKey(merchant), FaqField(entry.Language, entry.Id), CommerceJson.Write(entry))
            .WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteFaqAsync(string merchant, string language, string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await Db.HashDeleteAsync(FaqKey(merchant), FaqField(language, id)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The product from its <c>json</c> and <c>stock</c> fields (the stock lives apart so scripts count it).</summary>
    private static Product? ToProduct(RedisValue[] fields) => fields[0].IsNull
        ? null
        : CommerceJson.ReadProduct((string)fields[0]!) with { Stock = fields[1].IsNull ? null : (int)fields[1] };

    /// <summary>"fr:hours": languages never contain ':'.</summary>
    private static RedisValue FaqField(string language, string id) => language + ":" + id;

    /// <summary>Hash: <c>json</c> (the product without its stock), <c>stock</c> (absent: not counted) and <c>keywords</c>
    /// (the indexed keywords, a JSON array).</summary>
    private RedisKey ProductKey(string merchant, string sku) => _tag + "product:" + merchant + ":" + sku;

    /// <summary>Set: a merchant's skus.</summary>
    private RedisKey ProductsKey(string merchant) => _tag + "products:" + merchant;

    /// <summary>Hash: a merchant's keywords (upper case) → sku.</summary>
    private RedisKey KeywordsKey(string merchant) => _tag + "keywords:" + merchant;

    /// <summary>Hash: order number → units it took from a product ('0' when not counted, 'r' once given back).</summary>
    private RedisKey TakesKey(string merchant, string sku) => _tag + "takes:" + merchant + ":" + sku;

    /// <summary>Hash: "&lt;language&gt;:&lt;id&gt;" → the FAQ entry's JSON.</summary>
    private RedisKey FaqKey(string merchant) => _tag + "faq:" + merchant;
}
