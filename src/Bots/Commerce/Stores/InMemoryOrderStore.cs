using Conversational.Bots.Commerce.Orders;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// Orders, loyalty points and referrals in process memory, for a local run and tests; one lock makes each change
/// all-or-nothing. A forgotten buyer's orders stay forgotten: later updates of them are written without the personal
/// data.
/// </summary>
public sealed class InMemoryOrderStore : IOrderStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Order> _orders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _forgotten = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Merchant, AccountId Person), long> _points = [];
    private readonly HashSet<(string Merchant, AccountId Person, string Reason)> _pointReasons = [];
    private readonly Dictionary<AccountId, string> _codes = [];
    private readonly Dictionary<string, AccountId> _codeOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<AccountId, AccountId> _referrers = [];

    public Task<bool> CreateAsync(Order order, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckPlaced(order);
        lock (_lock)
        {
            return Task.FromResult(_orders.TryAdd(order.Number, order));
        }
    }

    public Task<Order?> GetAsync(string number, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_orders.GetValueOrDefault(number));
        }
    }

    public Task<IReadOnlyList<Order>> ListByBuyerAsync(AccountId buyer, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Order>>(
                [.. _orders.Values.Where(o => o.Buyer == buyer).Order(StoreRules.NewestFirst).Take(Math.Max(max, 0))]);
        }
    }

    public Task<IReadOnlyList<Order>> ListByMerchantAsync(
        string merchant, OrderStatus? status, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Order>>(
            [
                .. _orders.Values.Where(o => o.Merchant == merchant && (status is null || o.Status == status))
                    .Order(StoreRules.NewestFirst).Take(Math.Max(max, 0)),
            ]);
        }
    }

    public Task<bool> UpdateAsync(Order order, OrderStatus expectedStatus, bool expectedCaptured, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckPlaced(order);
        lock (_lock)
        {
            if (!_orders.TryGetValue(order.Number, out var stored) || stored.Status != expectedStatus || stored.Captured != expectedCaptured)
            {
                return Task.FromResult(false);
            }
            _orders[order.Number] = _forgotten.Contains(order.Number) ? StoreRules.Forget(order) : order;
            return Task.FromResult(true);
        }
    }

    public Task<int> ForgetBuyerAsync(AccountId buyer, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var changed = 0;
            foreach (var order in _orders.Values.Where(o => o.Buyer == buyer).ToList())
            {
                if (_forgotten.Add(order.Number))
                {
                    _orders[order.Number] = StoreRules.Forget(order);
                    changed++;
                }
            }
            return Task.FromResult(changed);
        }
    }

    public Task<long> AddPointsAsync(string merchant, AccountId person, string reason, long points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        lock (_lock)
        {
            var balance = _points.GetValueOrDefault((merchant, person));
            if (!_pointReasons.Contains((merchant, person, reason)))
            {
                balance = checked(balance + points);
                _points[(merchant, person)] = balance;
                _pointReasons.Add((merchant, person, reason));
            }
            return Task.FromResult(balance);
        }
    }

    public Task<long> GetPointsAsync(string merchant, AccountId person, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_points.GetValueOrDefault((merchant, person)));
        }
    }

    public Task<string> GetOrCreateReferralCodeAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_codes.TryGetValue(person, out var known))
            {
                return Task.FromResult(known);
            }
            for (var attempt = 0; attempt < StoreRules.ReferralAttempts; attempt++)
            {
                var code = StoreRules.NewReferralCode();
                if (_codeOwners.TryAdd(code, person))
                {
                    _codes[person] = code;
                    return Task.FromResult(code);
                }
            }
            throw new InvalidOperationException($"No free referral code found in {StoreRules.ReferralAttempts} attempts.");
        }
    }

    public Task<AccountId?> FindReferrerAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        lock (_lock)
        {
            return Task.FromResult(_codeOwners.TryGetValue(code.ToUpperInvariant(), out var owner) ? owner : (AccountId?)null);
        }
    }

    public Task<bool> SetReferrerAsync(AccountId person, AccountId referrer, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_referrers.TryAdd(person, referrer));
        }
    }

    public Task<AccountId?> GetReferrerAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_referrers.TryGetValue(person, out var referrer) ? referrer : (AccountId?)null);
        }
    }
}
