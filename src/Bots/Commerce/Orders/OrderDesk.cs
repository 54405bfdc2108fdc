using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Orders;

/// <summary>
/// Moves orders along <see cref="OrderTransitions"/> for their merchant: money first (capture on acceptance, void or
/// refund on cancellation, refund), each under the order's own movement ids, then the order saved by compare-and-set,
/// then loyalty and referral points, then the buyer told in their language. A call retried after a crash redoes the
/// same ids, which the wallet answers as the first time: nothing moves twice.
/// </summary>
public sealed partial class OrderDesk(
    IOrderStore orders,
    ICatalogStore catalog,
    WalletService wallet,
    IConversationStore conversations,
    IPartyDirectory directory,
    TimeProvider time,
    ILogger<OrderDesk> logger)
{
    /// <summary>How many of a buyer's orders are read to find their first captured one at a merchant.</summary>
    private const int BuyerOrdersRead = 1000;

    /// <summary>Moves a merchant's order to <paramref name="to"/>, moving the money that goes with it.</summary>
    /// <param name="merchant">The merchant's handle; another merchant's order is <see cref="OrderChange.NotFound"/>.</param>
    /// <param name="number">The order number.</param>
    /// <param name="to">The status asked for.</param>
    /// <param name="note">The merchant's note, kept in the order's events and added to the buyer's notice.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<OrderChange> ChangeStatusAsync(
        string merchant, string number, OrderStatus to, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merchant);
        ArgumentNullException.ThrowIfNull(number);
        // One change of an order at a time, across instances: a cancel racing a shipment must not refund the money of an
        // order that ends up shipped.
        IAsyncDisposable held;
        try
        {
            held = await conversations.LockAsync("order:" + number, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var current = await orders.GetAsync(number, cancellationToken).ConfigureAwait(false);
            return new OrderChange.Conflict(current?.Status ?? OrderStatus.Placed);
        }
        await using (held.ConfigureAwait(false))
        {
            return await ChangeHeldStatusAsync(merchant, number, to, note, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<OrderChange> ChangeHeldStatusAsync(
        string merchant, string number, OrderStatus to, string? note, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (order is null || !string.Equals(order.Merchant, merchant, StringComparison.OrdinalIgnoreCase))
        {
            return new OrderChange.NotFound();
        }
        if (order.Status == to)
        {
            return await RepeatedAsync(order, cancellationToken).ConfigureAwait(false);
        }
        if (!OrderTransitions.IsAllowed(order.Status, to))
        {
            return new OrderChange.NotAllowed(order.Status);
        }
        var (captured, problem) = await MoveMoneyAsync(order, to, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        if (to == OrderStatus.Cancelled)
        {
            await catalog.ReturnStockAsync(order.Merchant, order.Sku, order.Number, cancellationToken).ConfigureAwait(false);
        }
        var changed = order with
        {
            Status = to,
            Captured = captured,
            Events = [.. order.Events, new OrderEvent(to, time.GetUtcNow(), string.IsNullOrWhiteSpace(note) ? null : note.Trim())],
        };
        if (!await orders.UpdateAsync(changed, order.Status, order.Captured, cancellationToken).ConfigureAwait(false))
        {
            var current = await orders.GetAsync(number, cancellationToken).ConfigureAwait(false) ?? order;
            if (current.Status == to)
            {
                return await RepeatedAsync(current, cancellationToken).ConfigureAwait(false);
            }
            LogConflict(logger, order.Number, to, current.Status);
            return new OrderChange.Conflict(current.Status);
        }
        var points = captured && (!order.Captured || to == OrderStatus.Accepted)
            ? await RewardAsync(changed, cancellationToken).ConfigureAwait(false)
            : 0;
        if (order.Captured && to is OrderStatus.Cancelled or OrderStatus.Refunded)
        {
            await TakeBackPointsAsync(order, cancellationToken).ConfigureAwait(false);
        }
        await NotifyBuyerAsync(order, changed, points, cancellationToken).ConfigureAwait(false);
        return new OrderChange.Changed(changed);
    }

    /// <summary>
    /// Settles a digital order whose capture the ledger did not confirm at purchase: the capture retried under the
    /// order's own id (so it moves the money at most once); completed, the order is captured and delivered;
    /// refused, the hold is voided (if still authorized), the stock given back and the order cancelled. Nobody is told
    /// and no points are given here: the buyer's conversation gives them (<see cref="RewardAsync"/>) and tells the buyer.
    /// </summary>
    /// <returns>
    /// <see cref="OrderChange.Changed"/> with the order delivered or cancelled (<c>Repeated</c> when it already was, by an
    /// earlier call or by the merchant); <see cref="OrderChange.Unknown"/> or <see cref="OrderChange.Conflict"/>: try again
    /// later; <see cref="OrderChange.NotFound"/>: no such order.
    /// </returns>
    public async Task<OrderChange> SettleDigitalCaptureAsync(string number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        IAsyncDisposable held;
        try
        {
            held = await conversations.LockAsync("order:" + number, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return new OrderChange.Conflict(OrderStatus.Placed);
        }
        await using (held.ConfigureAwait(false))
        {
            var order = await orders.GetAsync(number, cancellationToken).ConfigureAwait(false);
            if (order is null)
            {
                return new OrderChange.NotFound();
            }
            if (order.Status is not (OrderStatus.Placed or OrderStatus.Accepted) || order.Payment != PaymentMethod.Wallet)
            {
                // Delivered by an earlier call, or cancelled by the merchant meanwhile: nothing left to do.
                return new OrderChange.Changed(order, Repeated: true);
            }
            var captured = order.Captured;
            if (!captured)
            {
                var capture = await wallet.ExecuteAsync(new HoldCapture(order.CaptureId, order.PaymentId), cancellationToken).ConfigureAwait(false);
                switch (capture.Status)
                {
                    case MovementStatus.Unknown:
                        return new OrderChange.Unknown(order.CaptureId);
                    case MovementStatus.Rejected when capture.Rejection!.Reason != RejectionReason.HoldAlreadyCaptured:
                        return await CancelUncapturedAsync(order, cancellationToken).ConfigureAwait(false);
                }
            }
            var delivered = order with
            {
                Status = OrderStatus.Delivered,
                Captured = true,
                Events = [.. order.Events, new OrderEvent(OrderStatus.Delivered, time.GetUtcNow())],
            };
            if (!await orders.UpdateAsync(delivered, order.Status, order.Captured, cancellationToken).ConfigureAwait(false))
            {
                var current = await orders.GetAsync(number, cancellationToken).ConfigureAwait(false) ?? order;
                return new OrderChange.Conflict(current.Status);
            }
            return new OrderChange.Changed(delivered);
        }
    }

    /// <summary>A digital order whose capture was refused: its hold voided if still authorized, its stock back, cancelled.</summary>
    private async Task<OrderChange> CancelUncapturedAsync(Order order, CancellationToken cancellationToken)
    {
        if (await wallet.Store.FindHoldAsync(order.PaymentId, cancellationToken).ConfigureAwait(false) is { State: HoldState.Authorized })
        {
            var release = await wallet.ExecuteAsync(new HoldVoid(order.VoidId, order.PaymentId), cancellationToken).ConfigureAwait(false);
            if (release.Status != MovementStatus.Completed && release.Rejection?.Reason != RejectionReason.HoldAlreadyVoided)
            {
                return Problem(release)!;
            }
        }
        await catalog.ReturnStockAsync(order.Merchant, order.Sku, order.Number, cancellationToken).ConfigureAwait(false);
        var cancelled = order with
        {
            Status = OrderStatus.Cancelled,
            Events = [.. order.Events, new OrderEvent(OrderStatus.Cancelled, time.GetUtcNow())],
        };
        if (!await orders.UpdateAsync(cancelled, order.Status, order.Captured, cancellationToken).ConfigureAwait(false))
        {
            var current = await orders.GetAsync(order.Number, cancellationToken).ConfigureAwait(false) ?? order;
            return new OrderChange.Conflict(current.Status);
        }
        return new OrderChange.Changed(cancelled);
    }

    /// <summary>
    /// Gives the loyalty points of a captured order (whole euros of its total × the storefront's points per euro, once
    /// per order) and, on the buyer's first captured order at this merchant, the referral reward to the buyer and to
    /// whoever referred them (once per referred buyer and merchant), telling the referrer. Idempotent.
    /// </summary>
    /// <returns>The points the buyer earned by this call: 0 when everything was already counted.</returns>
    public async Task<long> RewardAsync(Order order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!order.Captured || await catalog.GetStorefrontAsync(order.Merchant, cancellationToken).ConfigureAwait(false) is not { } storefront)
        {
            return 0;
        }
        long earned = 0;
        var loyalty = LoyaltyPoints(order.Total, storefront.PointsPerEuro);
        if (loyalty > 0)
        {
            earned += await AddOnceAsync(order.Merchant, order.Buyer, "order:" + order.Number, loyalty, cancellationToken).ConfigureAwait(false);
        }
        var reward = storefront.ReferralRewardPoints;
        if (reward <= 0
            || await orders.GetReferrerAsync(order.Buyer, cancellationToken).ConfigureAwait(false) is not { } referrer
            || referrer == order.Buyer
            || !await IsFirstCapturedAsync(order, cancellationToken).ConfigureAwait(false))
        {
            return earned;
        }
        var reason = "referral:" + order.Buyer.Value;
        earned += await AddOnceAsync(order.Merchant, order.Buyer, reason, reward, cancellationToken).ConfigureAwait(false);
        if (await AddOnceAsync(order.Merchant, referrer, reason, reward, cancellationToken).ConfigureAwait(false) > 0)
        {
            await NotifyReferrerAsync(order, referrer, reward, cancellationToken).ConfigureAwait(false);
        }
        return earned;
    }

    /// <summary>The loyalty points an order earned go when its money goes back (once per order).</summary>
    private async Task TakeBackPointsAsync(Order order, CancellationToken cancellationToken)
    {
        if (await catalog.GetStorefrontAsync(order.Merchant, cancellationToken).ConfigureAwait(false) is { } storefront
            && LoyaltyPoints(order.Total, storefront.PointsPerEuro) is > 0 and var points)
        {
            await orders.AddPointsAsync(order.Merchant, order.Buyer, "refund:" + order.Number, -points, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Queues a message for a person on one of their channel identities, unless they said STOP or the identity was
    /// forgotten (personal data deleted). Whether it was queued.
    /// </summary>
    public async Task<bool> TellAsync(AccountId person, ChannelIdentity channel, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(text);
        if (IsForgotten(channel))
        {
            return false;
        }
        var conversation = await conversations.LoadAsync(person.Value, cancellationToken).ConfigureAwait(false);
        if (conversation.Data.IsStopped(channel))
        {
            return false;
        }
        await conversations.EnqueueAsync(channel, OutboundReply.Plain(text), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The name people know a merchant by ("Demo Shop"), or its handle.</summary>
    public async Task<string> ShopNameAsync(string merchant, CancellationToken cancellationToken = default) =>
        (await directory.FindByHandleAsync(merchant, cancellationToken).ConfigureAwait(false))?.DisplayName ?? merchant;

    /// <summary>Whole euros × points per euro; other currencies earn none (the setting is per euro).</summary>
    public static long LoyaltyPoints(Money total, int pointsPerEuro)
    {
        if (total.Currency != Currency.Eur || pointsPerEuro <= 0 || total.Minor <= 0)
        {
            return 0;
        }
        return total.Minor / 100 * pointsPerEuro;
    }

    /// <summary>The same change asked again: nothing moves, nobody is told again; points missed by a crash are given.</summary>
    private async Task<OrderChange> RepeatedAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.Captured && !OrderTransitions.IsFinal(order.Status))
        {
            await RewardAsync(order, cancellationToken).ConfigureAwait(false);
        }
        return new OrderChange.Changed(order, Repeated: true);
    }

    /// <summary>The money a change moves: whether the order is captured after it, or why it cannot be done.</summary>
    private async Task<(bool Captured, OrderChange? Problem)> MoveMoneyAsync(Order order, OrderStatus to, CancellationToken cancellationToken)
    {
        switch (to)
        {
            case OrderStatus.Accepted when !order.Captured && order.Payment == PaymentMethod.Wallet:
                var capture = await wallet.ExecuteAsync(new HoldCapture(order.CaptureId, order.PaymentId), cancellationToken).ConfigureAwait(false);
                // Captured under another id already: the money reached the merchant, which is all an acceptance needs.
                return (true, capture.Rejection?.Reason == RejectionReason.HoldAlreadyCaptured ? null : Problem(capture));
            case OrderStatus.Cancelled or OrderStatus.Refunded when order.Captured:
                var refund = await wallet.ExecuteAsync(new Refund(order.RefundId, order.PaymentId, order.Total), cancellationToken).ConfigureAwait(false);
                return (true, Problem(refund));
            case OrderStatus.Cancelled or OrderStatus.Refunded when order.Payment == PaymentMethod.Wallet:
                var release = await wallet.ExecuteAsync(new HoldVoid(order.VoidId, order.PaymentId), cancellationToken).ConfigureAwait(false);
                // Voided under another id (an expired purchase): the money is free already, which is all a cancellation needs.
                return (false, release.Rejection?.Reason == RejectionReason.HoldAlreadyVoided ? null : Problem(release));
            default:
                return (order.Captured, null);
        }
    }

    private static OrderChange? Problem(MovementResult result) => result.Status switch
    {
        MovementStatus.Completed => null,
        MovementStatus.Rejected => new OrderChange.Rejected(result.Rejection!),
        _ => new OrderChange.Unknown(result.Id),
    };

    /// <summary>Adds points once per reason: the points added by this call, 0 when the reason was already counted.</summary>
    private async Task<long> AddOnceAsync(string merchant, AccountId person, string reason, long points, CancellationToken cancellationToken)
    {
        var before = await orders.GetPointsAsync(merchant, person, cancellationToken).ConfigureAwait(false);
        var after = await orders.AddPointsAsync(merchant, person, reason, points, cancellationToken).ConfigureAwait(false);
        return after == before ? 0 : points;
    }

    /// <summary>
    /// Whether this is the buyer's earliest order at its merchant among those whose money was taken (itself counted,
    /// stored yet or not): so a retry of the first order still counts as first once a second one is captured.
    /// </summary>
    private async Task<bool> IsFirstCapturedAsync(Order order, CancellationToken cancellationToken)
    {
        var theirs = await orders.ListByBuyerAsync(order.Buyer, BuyerOrdersRead, cancellationToken).ConfigureAwait(false);
        var first = theirs
            .Where(o => o.Captured && string.Equals(o.Merchant, order.Merchant, StringComparison.OrdinalIgnoreCase) && o.Number != order.Number)
            .Append(order)
            .OrderBy(o => o.PlacedAt)
            .ThenBy(o => o.Number, StringComparer.Ordinal)
            .First();
        return first.Number == order.Number;
    }

    private async Task NotifyBuyerAsync(Order before, Order after, long points, CancellationToken cancellationToken)
    {
        try
        {
            var texts = OrderNoticeTexts.For(after.Language);
            var shop = await ShopNameAsync(after.Merchant, cancellationToken).ConfigureAwait(false);
            var text = after.Status switch
            {
                OrderStatus.Accepted => texts.Accepted(shop, after.Number, after.ProductName, after.Quantity, after.Total, points),
                OrderStatus.Shipped => texts.Shipped(shop, after.Number, after.Delivery),
                OrderStatus.ReadyForPickup => texts.ReadyForPickup(shop, after.Number,
                    await PickupPlaceAsync(after, shop, cancellationToken).ConfigureAwait(false)),
                OrderStatus.Delivered => texts.Delivered(shop, after.Number),
                OrderStatus.Cancelled when before.Captured => texts.CancelledRefunded(shop, after.Number, after.Total, after.Payment),
                OrderStatus.Cancelled => texts.CancelledReleased(shop, after.Number, after.Total),
                OrderStatus.Refunded => texts.Refunded(shop, after.Number, after.Total, after.Payment),
                _ => null,
            };
            if (text is null)
            {
                return;
            }
            if (after.Events[^1].Note is { } note)
            {
                text += "\n" + texts.ShopNote(shop, note);
            }
            await TellAsync(after.Buyer, after.Channel, text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is saved and its money moved: a notice that cannot be queued must not make it look failed.
            LogNoticeFailed(logger, e, after.Number, after.Status);
        }
    }

    /// <summary>Where a parcel waits: its pickup point or counter as the order has it, else the merchant's counter.</summary>
    private async Task<string> PickupPlaceAsync(Order order, string shop, CancellationToken cancellationToken)
    {
        if (order.Delivery is { Address.Length: > 0 } delivery && !IsForgotten(delivery.Address))
        {
            return delivery.Address;
        }
        var storefront = await catalog.GetStorefrontAsync(order.Merchant, cancellationToken).ConfigureAwait(false);
        return storefront?.CollectAddress ?? shop;
    }

    private async Task NotifyReferrerAsync(Order order, AccountId referrer, long reward, CancellationToken cancellationToken)
    {
        try
        {
            var identities = await directory.IdentitiesOfAsync(referrer, cancellationToken).ConfigureAwait(false);
            if (identities.Count == 0)
            {
                return;
            }
            var theirs = await conversations.LoadAsync(referrer.Value, cancellationToken).ConfigureAwait(false);
            var friend = await directory.FindByAccountAsync(order.Buyer, cancellationToken).ConfigureAwait(false);
            var balance = await orders.GetPointsAsync(order.Merchant, referrer, cancellationToken).ConfigureAwait(false);
            var shop = await ShopNameAsync(order.Merchant, cancellationToken).ConfigureAwait(false);
            var text = OrderNoticeTexts.For(theirs.Data.Language)
                .ReferralReward(shop, friend?.Label ?? order.Buyer.Name, reward, balance);
            await TellAsync(referrer, identities[0], text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReferralNoticeFailed(logger, e, order.Number);
        }
    }

    /// <summary>A channel identity or address replaced when the buyer's personal data was deleted.</summary>
    internal static bool IsForgotten(ChannelIdentity channel) => IsForgotten(channel.Channel) || IsForgotten(channel.SenderId);

    private static bool IsForgotten(string value) => value is "deleted" or "[deleted]";

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Order {Number} changed meanwhile: it is {Current}, so the change to {Status} was not saved "
            + "(its money movement stays, under the order's ids)")]
    private static partial void LogConflict(ILogger logger, string number, OrderStatus status, OrderStatus current);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Number} is {Status}, but the buyer's notice could not be queued")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception, string number, OrderStatus status);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The referral reward of order {Number} was given, but the referrer's notice could not be queued")]
    private static partial void LogReferralNoticeFailed(ILogger logger, Exception exception, string number);
}
