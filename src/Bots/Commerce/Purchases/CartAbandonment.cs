using Conversational.Bots.Commerce.Orders;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Purchases;

/// <summary>
/// Letting go of a cart that did not become an order (cancelled, replaced, expired, the person's data deleted): a hold
/// its payment may have left is voided, a phone-bill charge refunded, its stock given back. A cart that became an order
/// keeps its money and stock: the order owns them now.
/// </summary>
internal static class CartAbandonment
{
    /// <summary>True when nothing of the cart is left; false when the ledger did not answer (try again later).</summary>
    public static async Task<bool> AbandonAsync(CommerceServices commerce, WalletService wallet, Cart cart, CancellationToken cancellationToken)
    {
        if (await commerce.Orders.GetAsync(cart.OrderNumber, cancellationToken).ConfigureAwait(false) is not null)
        {
            return true;
        }
        for (var attempt = 0; attempt <= cart.PayAttempt; attempt++)
        {
            var paymentId = cart.PaymentId(attempt);
            if (cart.Payment == PaymentMethod.PhoneBill)
            {
                // A charge that never happened makes this refund a refusal (no such payment); one that did is given back.
                if (cart.AttemptAmount is { } amount)
                {
                    var refund = await wallet.ExecuteAsync(
                        new Refund(new TransferId(paymentId.Value + ":refund"), paymentId, new Money(amount, Currency.Eur)), cancellationToken)
                        .ConfigureAwait(false);
                    if (refund.Status == MovementStatus.Unknown)
                    {
                        return false;
                    }
                }
                continue;
            }
            if (await wallet.Store.FindHoldAsync(paymentId, cancellationToken).ConfigureAwait(false) is { State: HoldState.Authorized })
            {
                var voided = await wallet.ExecuteAsync(new HoldVoid(new TransferId(paymentId.Value + ":void"), paymentId), cancellationToken)
                    .ConfigureAwait(false);
                if (voided.Status == MovementStatus.Unknown)
                {
                    return false;
                }
            }
        }
        if (cart.Sku is { } sku)
        {
            await commerce.Catalog.ReturnStockAsync(cart.Merchant, sku, cart.OrderNumber, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }
}
