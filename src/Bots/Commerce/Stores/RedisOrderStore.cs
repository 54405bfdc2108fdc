using System.Globalization;
using Conversational.Bots.Commerce.Orders;
using Conversational.Wallet;
using StackExchange.Redis;
using Order = Conversational.Bots.Commerce.Orders.Order;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// Orders, loyalty points and referrals in Redis, with the same behaviour as <see cref="InMemoryOrderStore"/>, shared
/// by every instance of the service. Keys are laid out in docs/redis-keys.md ("Commerce keys"), all under one hash
/// tag <c>{prefix}</c>. Creating and updating an order (with its list indexes), adding points and making a referral
/// code are each one Lua script. Redis errors are thrown as they are.
/// </summary>
public sealed class RedisOrderStore : IOrderStore
{
    /// <summary>How many times forgetting an order that changed between the read and the script is tried.</summary>
    private const int StaleReadAttempts = 5;

    /// <summary>
    /// KEYS[1] order:&lt;number&gt;, [2] buyer-orders:&lt;buyer&gt;, [3] merchant-orders:&lt;merchant&gt;,
    /// [4] status-orders:&lt;status&gt;:&lt;merchant&gt;. ARGV[1] JSON, [2] status, [3] captured (1/0), [4] placed
    /// (ms), [5] number. Answers 0 (nothing written) when the order exists, else 1.
    /// </summary>
    private const string CreateScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], 'json', ARGV[1], 'status', ARGV[2], 'captured', ARGV[3])
        redis.call('ZADD', KEYS[2], ARGV[4], ARGV[5])
        redis.call('ZADD', KEYS[3], ARGV[4], ARGV[5])
        redis.call('ZADD', KEYS[4], ARGV[4], ARGV[5])
        return 1
        """;

    /// <summary>
    /// KEYS[1] order:&lt;number&gt;, [2] status-orders:&lt;expected status&gt;:&lt;merchant&gt;, [3] the same for the
    /// new status. ARGV[1] expected status, [2] expected captured, [3] JSON, [4] JSON without the buyer's personal
    /// data (written when the order was forgotten), [5] new status, [6] new captured, [7] placed (ms), [8] number.
    /// Answers 0 (nothing written) when the stored status or capture flag differ, else 1.
    /// </summary>
    private const string UpdateScript = """
        local stored = redis.call('HMGET', KEYS[1], 'status', 'captured', 'forgotten')
        if stored[1] ~= ARGV[1] or stored[2] ~= ARGV[2] then return 0 end
        local json = ARGV[3]
        if stored[3] == '1' then json = ARGV[4] end
        redis.call('HSET', KEYS[1], 'json', json, 'status', ARGV[5], 'captured', ARGV[6])
        if ARGV[1] ~= ARGV[5] then
          redis.call('ZREM', KEYS[2], ARGV[8])
          redis.call('ZADD', KEYS[3], ARGV[7], ARGV[8])
        end
        return 1
        """;

    /// <summary>
    /// KEYS[1] order:&lt;number&gt;. ARGV[1] the JSON as read, [2] the JSON without personal data. Answers 0 when the
    /// order was already forgotten, -1 (nothing written) when its JSON changed since it was read, else 1.
    /// </summary>
    private const string ForgetScript = """
        local stored = redis.call('HMGET', KEYS[1], 'json', 'forgotten')
        if stored[2] == '1' then return 0 end
        if stored[1] ~= ARGV[1] then return -1 end
        redis.call('HSET', KEYS[1], 'json', ARGV[2], 'forgotten', '1')
        return 1
        """;

    /// <summary>
    /// KEYS[1] points:&lt;merchant&gt;:&lt;person&gt;. ARGV[1] reason, [2] points. Adds the points unless the reason was
    /// counted; answers the balance after (as text, exact).
    /// </summary>
    private const string AddPointsScript = """
        local reason = 'r:' .. ARGV[1]
        if redis.call('HEXISTS', KEYS[1], reason) == 0 then
          redis.call('HINCRBY', KEYS[1], 'balance', ARGV[2])
          redis.call('HSET', KEYS[1], reason, '1')
        end
        return redis.call('HGET', KEYS[1], 'balance') or '0'
        """;

    /// <summary>
    /// KEYS[1] referral-code:&lt;person&gt;, [2] referral:&lt;candidate code&gt;. ARGV[1] person, [2] candidate code.
    /// Answers the person's code (the one they had, or the candidate now theirs), or nil when the candidate is taken.
    /// </summary>
    private const string ReferralCodeScript = """
        local known = redis.call('GET', KEYS[1])
        if known then return known end
        if redis.call('SETNX', KEYS[2], ARGV[1]) == 0 then return false end
        redis.call('SET', KEYS[1], ARGV[2])
        return ARGV[2]
        """;

    private static readonly RedisValue[] OrderFields = ["json", "forgotten"];

    private readonly IConnectionMultiplexer _redis;
    private readonly string _tag;

    public RedisOrderStore(IConnectionMultiplexer redis, string keyPrefix = "m")
    {
        _redis = redis ?? throw new ArgumentNullException(nameof(redis));
        _tag = StoreRules.HashTag(keyPrefix);
    }

    private IDatabase Db => _redis.GetDatabase();

    public async Task<bool> CreateAsync(Order order, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckPlaced(order);
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys =
        [
            OrderKey(order.Number), BuyerOrdersKey(order.Buyer), MerchantOrdersKey(order.Merchant),
            MerchantOrdersKey(order.Merchant, order.Status),
        ];
        RedisValue[] values = [CommerceJson.Write(order), order.Status.ToString(), Flag(order.Captured), Placed(order), order.Number];
        var created = await Db.ScriptEvaluateAsync(CreateScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)created == 1;
    }

    public async Task<Order?> GetAsync(string number, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = await Db.HashGetAsync(OrderKey(number), "json").WaitAsync(cancellationToken).ConfigureAwait(false);
        return json.IsNull ? null : CommerceJson.ReadOrder((string)json!);
    }

    public Task<IReadOnlyList<Order>> ListByBuyerAsync(AccountId buyer, int max, CancellationToken cancellationToken = default) =>
        ListNewestAsync(BuyerOrdersKey(buyer), max, cancellationToken);

    public Task<IReadOnlyList<Order>> ListByMerchantAsync(
        string merchant, OrderStatus? status, int max, CancellationToken cancellationToken = default) =>
        ListNewestAsync(status is { } only ? MerchantOrdersKey(merchant, only) : MerchantOrdersKey(merchant), max, cancellationToken);

    public async Task<bool> UpdateAsync(
        Order order, OrderStatus expectedStatus, bool expectedCaptured, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckPlaced(order);
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys =
        [
            OrderKey(order.Number), MerchantOrdersKey(order.Merchant, expectedStatus), MerchantOrdersKey(order.Merchant, order.Status),
        ];
        RedisValue[] values =
        [
            expectedStatus.ToString(), Flag(expectedCaptured), CommerceJson.Write(order), CommerceJson.Write(StoreRules.Forget(order)),
            order.Status.ToString(), Flag(order.Captured), Placed(order), order.Number,
        ];
        var updated = await Db.ScriptEvaluateAsync(UpdateScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)updated == 1;
    }

    /// <summary>Each order of the buyer in its own compare-and-set: its JSON is rewritten in C#, so the script checks
    /// nothing changed since it was read (and the order is read again if it did).</summary>
    public async Task<int> ForgetBuyerAsync(AccountId buyer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var numbers = await Db.SortedSetRangeByRankAsync(BuyerOrdersKey(buyer)).WaitAsync(cancellationToken).ConfigureAwait(false);
        var changed = 0;
        foreach (var number in numbers)
        {
            changed += await ForgetAsync((string)number!, cancellationToken).ConfigureAwait(false);
        }
        return changed;
    }

    public async Task<long> AddPointsAsync(
        string merchant, AccountId person, string reason, long points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();
        RedisValue[] values = [reason, points];
        var balance = await Db.ScriptEvaluateAsync(AddPointsScript, [PointsKey(merchant, person)], values)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return long.Parse((string)balance!, CultureInfo.InvariantCulture);
    }

    public async Task<long> GetPointsAsync(string merchant, AccountId person, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var balance = await Db.HashGetAsync(PointsKey(merchant, person), "balance").WaitAsync(cancellationToken).ConfigureAwait(false);
        return balance.IsNull ? 0 : (long)balance;
    }

    public async Task<string> GetOrCreateReferralCodeAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < StoreRules.ReferralAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidate = StoreRules.NewReferralCode();
            RedisKey[] keys = [ReferralCodeKey(person), ReferralKey(candidate)];
            RedisValue[] values = [person.Value, candidate];
            var code = await Db.ScriptEvaluateAsync(ReferralCodeScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!code.IsNull)
            {
                return (string)code!;
            }
        }
        throw new InvalidOperationException($"No free referral code found in {StoreRules.ReferralAttempts} attempts.");
    }

    public async Task<AccountId?> FindReferrerAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        cancellationToken.ThrowIfCancellationRequested();
        var owner = await Db.StringGetAsync(ReferralKey(code.ToUpperInvariant())).WaitAsync(cancellationToken).ConfigureAwait(false);
        return owner.IsNull ? null : AccountId.Parse((string)owner!);
    }

    public async Task<bool> SetReferrerAsync(AccountId person, AccountId referrer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await Db.StringSetAsync(ReferrerKey(person), referrer.Value, when: When.NotExists)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<AccountId?> GetReferrerAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var referrer = await Db.StringGetAsync(ReferrerKey(person)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return referrer.IsNull ? null : AccountId.Parse((string)referrer!);
    }

    private async Task<IReadOnlyList<Order>> ListNewestAsync(RedisKey index, int max, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (max <= 0)
        {
            return [];
        }
        var db = Db;
        var numbers = await db.SortedSetRangeByRankAsync(index, 0, max - 1, StackExchange.Redis.Order.Descending)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        var reads = numbers.Select(n => db.HashGetAsync(OrderKey((string)n!), "json")).ToList();
        var orders = await Task.WhenAll(reads).WaitAsync(cancellationToken).ConfigureAwait(false);
        return [.. orders.Where(json => !json.IsNull).Select(json => CommerceJson.ReadOrder((string)json!))];
    }

    /// <summary>1 when this call forgot the order, 0 when it was already forgotten (or is gone).</summary>
    private async Task<int> ForgetAsync(string number, CancellationToken cancellationToken)
    {
        var key = OrderKey(number);
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stored = await Db.HashGetAsync(key, OrderFields).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (stored[0].IsNull || stored[1] == "1")
            {
                return 0;
            }
            var json = (string)stored[0]!;
            RedisValue[] values = [json, CommerceJson.Write(StoreRules.Forget(CommerceJson.ReadOrder(json)))];
            var answer = (int)await Db.ScriptEvaluateAsync(ForgetScript, [key], values).WaitAsync(cancellationToken).ConfigureAwait(false);
            switch (answer)
            {
                case >= 0:
                    return answer;
                case -1 when attempt < StaleReadAttempts:
                    continue;   // an update wrote the order in between: read it again
                default:
                    throw new InvalidOperationException($"Forgetting order {number} answered {answer} {StaleReadAttempts} times.");
            }
        }
    }

    private static RedisValue Flag(bool on) => on ? "1" : "0";

    private static RedisValue Placed(Order order) => StoreRules.Millis(order.PlacedAt);

    /// <summary>Hash: <c>json</c>, <c>status</c> (by name), <c>captured</c> (1/0), <c>forgotten</c> (1 once the buyer
    /// was forgotten).</summary>
    private RedisKey OrderKey(string number) => _tag + "order:" + number;

    /// <summary>Sorted set: a buyer's order numbers by placement time (ms).</summary>
    private RedisKey BuyerOrdersKey(AccountId buyer) => _tag + "buyer-orders:" + buyer.Value;

    /// <summary>Sorted set: a merchant's order numbers by placement time (ms).</summary>
    private RedisKey MerchantOrdersKey(string merchant) => _tag + "merchant-orders:" + merchant;

    /// <summary>Sorted set: a merchant's order numbers in one status, by placement time (ms).</summary>
    private RedisKey MerchantOrdersKey(string merchant, OrderStatus status) => _tag + "status-orders:" + status + ":" + merchant;

    /// <summary>Hash: <c>balance</c>, and <c>r:&lt;reason&gt;</c> for each reason counted.</summary>
    private RedisKey PointsKey(string merchant, AccountId person) => _tag + "points:" + merchant + ":" + person.Value;

    /// <summary>String: a person's referral code.</summary>
    private RedisKey ReferralCodeKey(AccountId person) => _tag + "referral-code:" + person.Value;

    /// <summary>String: the person a referral code (upper case) belongs to.</summary>
    private RedisKey ReferralKey(string code) => _tag + "referral:" + code;

    /// <summary>String: who referred a person.</summary>
    private RedisKey ReferrerKey(AccountId person) => _tag + "referrer:" + person.Value;
}
