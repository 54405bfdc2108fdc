using Conversational.Bots.Commerce.Purchases;
using Conversational.Bots.Commerce.Texts;
using Conversational.Bots.Conversations.Texts;

namespace Conversational.Bots.Conversations;

/// <summary>
/// Abandoned carts: when a person's cart timer is due, the one reminder is sent (never in the person's quiet hours,
/// never after STOP, on WhatsApp only within its 24-hour window), or the cart is dropped after its expiry with its stock
/// given back and any hold its payment left voided.
/// </summary>
public sealed partial class ConversationEngine
{
    /// <summary>Handles a due cart timer of a person (taken from the timers by one instance only); sets the next one.</summary>
    public async Task RunCartTimerAsync(string person, CancellationToken cancellationToken = default)
    {
        var store = Services.Store;
        var commerce = Services.Commerce;
        var settings = commerce.Settings;
        var now = Services.Time.GetUtcNow();
        await using var held = (await store.LockAsync(person, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        var loaded = await store.LoadAsync(person, cancellationToken).ConfigureAwait(false);
        var data = loaded.Data;
        if (data.Cart is not { } cart)
        {
            return;
        }
        var expiresAt = cart.StartedAt.AddHours(settings.CartExpiryHours);
        OutboundReply? reminder = null;
        if (now >= expiresAt)
        {
            if (!await DropCartAsync(data, cart, cancellationToken).ConfigureAwait(false))
            {
                await commerce.Timers.ScheduleAsync(person, now.AddMinutes(1), cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        else if (cart.Reminded || now < cart.LastActivityAt.AddMinutes(settings.ReminderMinutes))
        {
            var next = cart.Reminded ? expiresAt : cart.LastActivityAt.AddMinutes(settings.ReminderMinutes);
            await commerce.Timers.ScheduleAsync(person, next, cancellationToken).ConfigureAwait(false);
            return;
        }
        else if (QuietUntil(data.TimeZone ?? (await commerce.Catalog.GetStorefrontAsync(cart.Merchant, cancellationToken).ConfigureAwait(false))?.TimeZone,
            now) is { } morning)
        {
            await commerce.Timers.ScheduleAsync(person, morning < expiresAt ? morning : expiresAt, cancellationToken).ConfigureAwait(false);
            return;
        }
        else
        {
            cart.Reminded = true;
            var outsideWindow = cart.Channel.Channel == ChannelIdentity.WhatsAppChannel
                && (data.LastMessageAt is not { } last || now - last > TimeSpan.FromHours(settings.WhatsAppWindowHours));
            if (!data.IsStopped(cart.Channel) && !outsideWindow)
            {
                reminder = await ReminderAsync(data, cart, cancellationToken).ConfigureAwait(false);
            }
        }
        var key = $"cart-timer:{person}:{cart.OrderNumber}:{now.UtcTicks}";
        if (!await store.SaveAsync(person, data, loaded.Version, key, reminder is null ? [] : [reminder], cancellationToken).ConfigureAwait(false))
        {
            await commerce.Timers.ScheduleAsync(person, now.AddMinutes(1), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (reminder is not null)
        {
            await store.EnqueueAsync(cart.Channel, reminder, cancellationToken).ConfigureAwait(false);
        }
        if (data.Cart is not null)
        {
            await commerce.Timers.ScheduleAsync(person, expiresAt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The cart is gone: its stock back, a hold or charge its payment may have left given back (unless it became an
    /// order). False when the ledger did not answer: the cart stays and its timer is tried again.</summary>
    private async Task<bool> DropCartAsync(ConversationData data, Cart cart, CancellationToken cancellationToken)
    {
        var commerce = Services.Commerce;
        if (!await CartAbandonment.AbandonAsync(commerce, Services.Wallet, cart, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        if (await commerce.Orders.GetAsync(cart.OrderNumber, cancellationToken).ConfigureAwait(false) is null)
        {
            var product = cart.Sku is null ? null : await commerce.Catalog.GetProductAsync(cart.Merchant, cart.Sku, cancellationToken).ConfigureAwait(false);
            data.DroppedCart = product?.NameIn(data.Language ?? "en") ?? cart.Merchant;
        }
        data.Cart = null;
        using var machine = new ConversationMachine(data);
        if (machine.CanFire(ConversationTrigger.EndPurchase))
        {
            await machine.FireAsync(ConversationTrigger.EndPurchase).ConfigureAwait(false);
        }
        return true;
    }

    private async Task<OutboundReply> ReminderAsync(ConversationData data, Cart cart, CancellationToken cancellationToken)
    {
        var replies = ReplyTexts.For(data.Language);
        var texts = CommerceTexts.For(replies.Language);
        var product = cart.Sku is null ? null
            : await Services.Commerce.Catalog.GetProductAsync(cart.Merchant, cart.Sku, cancellationToken).ConfigureAwait(false);
        var shop = (await Services.Directory.FindByHandleAsync(cart.Merchant, cancellationToken).ConfigureAwait(false))?.DisplayName ?? cart.Merchant;
        var name = product?.NameIn(replies.Tag) ?? shop;
        return new OutboundReply(texts.Reminder(name, shop),
        [
            new ReplyChoice(texts.ContinueLabel, $"p:{cart.OrderNumber}:resume"),
            new ReplyChoice(replies.CancelLabel, $"p:{cart.OrderNumber}:cancel"),
        ]);
    }

    /// <summary>When the person's quiet hours end, if they are in them now; null when a message may be sent. The person's time
    /// zone comes from their phone number, else the shop's, else the default.</summary>
    private DateTimeOffset? QuietUntil(string? timeZone, DateTimeOffset now)
    {
        var settings = Services.Commerce.Settings;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone ?? settings.DefaultTimeZone, out var found)
            ? found
            : TimeZoneInfo.FindSystemTimeZoneById(settings.DefaultTimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var (from, until) = (settings.QuietFromHour, settings.QuietUntilHour);
        var quiet = from > until ? local.Hour >= from || local.Hour < until : local.Hour >= from && local.Hour < until;
        if (!quiet)
        {
            return null;
        }
        var day = local.Hour >= until ? local.Date.AddDays(1) : local.Date;
        var morning = day.AddHours(until);
        return new DateTimeOffset(morning, zone.GetUtcOffset(morning));
    }
}
