using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Purchases;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>The person's own things: orders and their status, loyalty points, referral, and their personal data (export, deletion).</summary>
internal sealed partial class ConversationTurn
{
    private const int OrdersShown = 5;
    private const int ExportedLines = 200;
    private const int ExportPartLength = 3500;

    private static readonly JsonSerializerOptions ExportJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private async Task ShowOrdersAsync(string? number, CancellationToken cancellationToken)
    {
        var orders = await Commerce.Orders.ListByBuyerAsync(_person.Account, number is null ? OrdersShown : 100, cancellationToken).ConfigureAwait(false);
        if (number is not null)
        {
            var order = orders.FirstOrDefault(o => string.Equals(o.Number, number, StringComparison.OrdinalIgnoreCase));
            Say(order is null ? Shop.UnknownOrder(number) : Shop.OrderLine(order, _now));
            // What was bought is there to find again (a message lost, a chat that said STOP before it came).
            if (order is { Status: OrderStatus.Delivered, DigitalContent: { Length: > 0 } content })
            {
                Say(Shop.DigitalContentAgain(content));
            }
            return;
        }
        if (orders.Count == 0)
        {
            Say(Shop.NoOrders);
            return;
        }
        Say(string.Join("\n", [Shop.OrdersHeader(orders.Count), .. orders.Select(o => "• " + Shop.OrderLine(o, _now))]));
    }

    private async Task ShowPointsAsync(CancellationToken cancellationToken)
    {
        var points = new List<(string, long)>();
        foreach (var merchant in await Commerce.Catalog.ListMerchantsAsync(cancellationToken).ConfigureAwait(false))
        {
            var count = await Commerce.Orders.GetPointsAsync(merchant, _person.Account, cancellationToken).ConfigureAwait(false);
            if (count > 0)
            {
                points.Add((await ShopNameAsync(merchant, cancellationToken).ConfigureAwait(false), count));
            }
        }
        Say(Shop.Points(points));
    }

    /// <summary>"#referral": the person's own code; "#referral CODE": who referred them, before their first purchase.</summary>
    private async Task ReferralAsync(string? code, CancellationToken cancellationToken)
    {
        if (code is null)
        {
            Say(Shop.ReferralCode(await Commerce.Orders.GetOrCreateReferralCodeAsync(_person.Account, cancellationToken).ConfigureAwait(false)));
            return;
        }
        var referrer = await Commerce.Orders.FindReferrerAsync(code, cancellationToken).ConfigureAwait(false);
        if (referrer is not { } who)
        {
            Say(Shop.ReferralUnknown(code.ToUpperInvariant()));
            return;
        }
        if (who == _person.Account)
        {
            Say(Shop.ReferralOwnCode);
            return;
        }
        if ((await Commerce.Orders.ListByBuyerAsync(_person.Account, 1, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            Say(Shop.ReferralTooLate);
            return;
        }
        if (!await Commerce.Orders.SetReferrerAsync(_person.Account, who, cancellationToken).ConfigureAwait(false))
        {
            Say(Shop.ReferralAlreadySet);
            return;
        }
        Say(Shop.ReferralRecorded(await LabelOfAsync(who, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>"my data": everything kept about the person, as JSON.</summary>
    private async Task ExportDataAsync(CancellationToken cancellationToken)
    {
        var balances = await Wallet.Store.GetBalancesAsync(_person.Account, cancellationToken).ConfigureAwait(false);
        var history = await Wallet.Store.GetHistoryAsync(_person.Account, 0, ExportedLines, cancellationToken).ConfigureAwait(false);
        var orders = await Commerce.Orders.ListByBuyerAsync(_person.Account, 1000, cancellationToken).ConfigureAwait(false);
        var identities = await _services.Directory.IdentitiesOfAsync(_person.Account, cancellationToken).ConfigureAwait(false);
        // Counterparties by the name they are shown by (a phone number masked), never by an internal account id.
        var names = new Dictionary<AccountId, string>();
        foreach (var counterparty in history.Select(h => h.Counterparty).Distinct())
        {
            names[counterparty] = await LabelOfAsync(counterparty, cancellationToken).ConfigureAwait(false);
        }
        var export = new JsonObject
        {
            ["account"] = _person.Account.Value,
            ["handle"] = _person.Handle,
            ["name"] = _person.DisplayName,
            ["identities"] = new JsonArray([.. identities.Select(i => (JsonNode?)JsonValue.Create(i.Key))]),
            ["language"] = _data.Language,
            ["timeZone"] = _data.TimeZone,
            ["messagesStoppedOn"] = new JsonArray([.. identities.Where(_data.IsStopped).Select(i => (JsonNode?)JsonValue.Create(i.Key))]),
            ["savedAddresses"] = new JsonArray([.. _data.Addresses.Select(a => (JsonNode?)new JsonObject { ["mode"] = a.Mode.ToString(), ["address"] = a.Text })]),
            ["balances"] = new JsonArray([.. balances.Select(b => (JsonNode?)new JsonObject
            {
                ["currency"] = b.Currency.Code, ["available"] = b.Available.ToString(), ["setAside"] = new Money(b.Held, b.Currency).ToString(),
            })]),
            ["movements"] = new JsonArray([.. history.Select(h => (JsonNode?)new JsonObject
            {
                ["reference"] = MovementReference(h.Id), ["at"] = h.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["kind"] = h.Kind.ToString(), ["amount"] = h.Amount.ToString(), ["counterparty"] = names[h.Counterparty],
            })]),
            ["orders"] = new JsonArray([.. orders.Select(o => (JsonNode?)new JsonObject
            {
                ["number"] = o.Number, ["shop"] = o.Merchant, ["product"] = o.ProductName, ["quantity"] = o.Quantity,
                ["total"] = o.Total.ToString(), ["status"] = o.Status.ToString(),
                ["delivery"] = o.Delivery is { } d ? $"{d.Mode}: {d.Address}" : null,
                ["placedAt"] = o.PlacedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            })]),
        };
        // Channels cap a message (Telegram at 4096 characters): a long export comes in parts, cut between lines.
        var part = new System.Text.StringBuilder(Shop.DataExportHeader);
        foreach (var line in export.ToJsonString(ExportJson).Split('\n'))
        {
            if (part.Length + line.Length + 1 > ExportPartLength)
            {
                Say(part.ToString());
                part.Clear();
            }
            part.Append(part.Length == 0 ? "" : "\n").Append(line);
        }
        Say(part.ToString());
    }

    /// <summary>
    /// A movement's reference for the person and support: a hash of its id, since the id is made from the message that
    /// caused it (the sender's chat: a phone number, a chat name) and a movement is in both parties' statements.
    /// </summary>
    internal static string MovementReference(TransferId id) =>
        "m-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id.Value)))[..16];

    /// <summary>"delete my data": asks first, and only with an empty balance (the money must go somewhere first).</summary>
    private async Task AskDeletionAsync(CancellationToken cancellationToken)
    {
        var balances = await Wallet.Store.GetBalancesAsync(_person.Account, cancellationToken).ConfigureAwait(false);
        if (balances.FirstOrDefault(b => b.Posted != 0 || b.Held != 0) is { Currency.Code: not null } left)
        {
            Say(Shop.DeletionNeedsEmptyBalance(new Money(left.Posted, left.Currency)));
            await AnsweredAsync().ConfigureAwait(false);
            return;
        }
        if (!_machine.CanFire(ConversationTrigger.AskDeletion))
        {
            return;
        }
        await _machine.FireAsync(ConversationTrigger.AskDeletion).ConfigureAwait(false);
        Say(Shop.ConfirmDeletion, [new ReplyChoice(Shop.DeleteLabel, ChoiceReader.Erase), new ReplyChoice(_texts.CancelLabel, ChoiceReader.Keep)]);
    }

    /// <summary>
    /// Erases the person's personal data: directory entry (name, handle, phone, identities), saved addresses and the
    /// conversation, the addresses in their orders, and their channel and words in advisor cases. The ledger keeps its records, under an account id that now
    /// leads to nobody.
    /// </summary>
    private async Task DeleteDataAsync(CancellationToken cancellationToken)
    {
        await _machine.FireAsync(ConversationTrigger.Confirm).ConfigureAwait(false);
        await Commerce.Orders.ForgetBuyerAsync(_person.Account, cancellationToken).ConfigureAwait(false);
        if (_data.Cart is { } cart)
        {
            await CartAbandonment.AbandonAsync(Commerce, Wallet, cart, cancellationToken).ConfigureAwait(false);
        }
        await Commerce.Desk.ForgetPersonAsync(_person.Account, _now, cancellationToken).ConfigureAwait(false);
        await _services.Directory.ForgetPersonAsync(_person.Account, cancellationToken).ConfigureAwait(false);
        _data.Forget();
        Say(Shop.DataDeleted);
    }
}
