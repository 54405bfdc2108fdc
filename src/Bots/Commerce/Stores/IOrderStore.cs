using Conversational.Bots.Commerce.Orders;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// Orders, loyalty points and referral codes, in memory or on Redis. Orders are created once by number (retries find
/// the first) and change status by compare-and-set, so two merchant calls at once cannot both move one order.
/// </summary>
public interface IOrderStore
{
    /// <summary>Creates the order; false (nothing written) when an order with this number exists.</summary>
    Task<bool> CreateAsync(Order order, CancellationToken cancellationToken = default);

    Task<Order?> GetAsync(string number, CancellationToken cancellationToken = default);

    /// <summary>A buyer's orders, newest first.</summary>
    Task<IReadOnlyList<Order>> ListByBuyerAsync(AccountId buyer, int max, CancellationToken cancellationToken = default);

    /// <summary>A merchant's orders, newest first, only those in <paramref name="status"/> when it is given.</summary>
    Task<IReadOnlyList<Order>> ListByMerchantAsync(string merchant, OrderStatus? status, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the order if its stored status is still <paramref name="expectedStatus"/> and its capture flag still
    /// <paramref name="expectedCaptured"/>; false (nothing written) otherwise.
    /// </summary>
    Task<bool> UpdateAsync(Order order, OrderStatus expectedStatus, bool expectedCaptured, CancellationToken cancellationToken = default);

    /// <summary>Replaces personal data in a buyer's orders (delivery address, channel) with "[deleted]"; the orders and
    /// their money stay. The number of orders changed.</summary>
    Task<int> ForgetBuyerAsync(AccountId buyer, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds loyalty points at a merchant once per <paramref name="reason"/> (an order number, a referral): the balance
    /// after, unchanged when that reason was already counted.
    /// </summary>
    Task<long> AddPointsAsync(string merchant, AccountId person, string reason, long points, CancellationToken cancellationToken = default);

    Task<long> GetPointsAsync(string merchant, AccountId person, CancellationToken cancellationToken = default);

    /// <summary>The person's referral code ("R7K3QX"), made on first ask and the same ever after.</summary>
    Task<string> GetOrCreateReferralCodeAsync(AccountId person, CancellationToken cancellationToken = default);

    /// <summary>The person a referral code belongs to (any case), or null.</summary>
    Task<AccountId?> FindReferrerAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Records who referred a person, once: false when someone already did.</summary>
    Task<bool> SetReferrerAsync(AccountId person, AccountId referrer, CancellationToken cancellationToken = default);

    Task<AccountId?> GetReferrerAsync(AccountId person, CancellationToken cancellationToken = default);
}
