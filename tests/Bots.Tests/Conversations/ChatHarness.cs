using Conversational.Bots.Commerce;
using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;
using Conversational.Bots.Hosting;
using Conversational.Bots.Phones;
using Conversational.Bots.Tests.Stores;
using Conversational.Wallet;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>
/// The conversation engine over real stores (memory, or a real Redis under a fresh prefix), with the demo data of
/// a local run: @alice and @bob verified with 100 EUR each, the charity @restosducoeur, the merchant @demoshop.
/// People talk through <see cref="SayAsync"/> and <see cref="PressAsync"/> as the web chat would.
/// </summary>
public sealed class ChatHarness
{
    private readonly Dictionary<string, IReadOnlyList<OutboundReply>> _lastReplies = new(StringComparer.Ordinal);
    private int _messages;

    private ChatHarness(ConversationEngine engine, ILedgerStore ledger, ManualTimeProvider time)
    {
        Engine = engine;
        Ledger = ledger;
        Time = time;
    }

    public ConversationEngine Engine { get; }

    public ILedgerStore Ledger { get; }

    public ManualTimeProvider Time { get; }

    public ConversationServices Services => Engine.Services;

    public static async Task<ChatHarness> StartAsync(
        StoreKind kind, RedisStoreFixture? redis = null, ConversationSettings? settings = null, Func<ILedgerStore, ILedgerStore>? wrapLedger = null,
        Func<IConversationStore, IConversationStore>? wrapStore = null, CommerceSettings? commerce = null)
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        var policy = WalletPolicy.Default;
        ILedgerStore ledger;
        IConversationStore store;
        IPartyDirectory directory;
        ICatalogStore catalog;
        IOrderStore orders;
        IAdvisorDesk desk;
        ICartTimers timers;
        if (kind == StoreKind.Redis)
        {
            ArgumentNullException.ThrowIfNull(redis);
            var prefix = RedisStoreFixture.NewPrefix("chat");
            ledger = new RedisLedgerStore(redis.Connection, policy, time, prefix + "w");
            store = new RedisConversationStore(redis.Connection, time, prefix + "c");
            directory = new RedisPartyDirectory(redis.Connection, prefix + "c");
            catalog = new RedisCatalogStore(redis.Connection, prefix + "m");
            orders = new RedisOrderStore(redis.Connection, prefix + "m");
            desk = new RedisAdvisorDesk(redis.Connection, prefix + "m");
            timers = new RedisCartTimers(redis.Connection, prefix + "m");
        }
        else
        {
            ledger = new InMemoryLedgerStore(policy, time);
            store = new InMemoryConversationStore(time);
            directory = new InMemoryPartyDirectory();
            catalog = new InMemoryCatalogStore();
            orders = new InMemoryOrderStore();
            desk = new InMemoryAdvisorDesk();
            timers = new InMemoryCartTimers();
        }
        ledger = wrapLedger?.Invoke(ledger) ?? ledger;
        store = wrapStore?.Invoke(store) ?? store;
        var wallet = new WalletService(ledger, policy, time);
        var parse = new CommandsOptions().ToParseContext(new LibPhoneNumberReader());
        var orderDesk = new OrderDesk(orders, catalog, wallet, store, directory, time, NullLogger<OrderDesk>.Instance);
        var shop = new CommerceServices(catalog, orders, desk, timers, orderDesk, commerce ?? new CommerceSettings { DefaultMerchant = "demoshop" });
        var services = new ConversationServices(store, directory, wallet, parse, settings ?? new ConversationSettings(), time, shop);
        await new DemoData(directory, wallet, catalog, NullLogger<DemoData>.Instance).StartAsync(TestContext.Current.CancellationToken);
        return new ChatHarness(new ConversationEngine(services, NullLogger<ConversationEngine>.Instance), ledger, time);
    }

    /// <summary>A person types a message in the web chat; gives the bot's replies.</summary>
    public Task<IReadOnlyList<OutboundReply>> SayAsync(string who, string text, string? messageId = null, string? language = null) =>
        SendAsync(who, text, null, messageId, language);

    /// <summary>A person presses the button labelled <paramref name="label"/> in the bot's last replies to them.</summary>
    public Task<IReadOnlyList<OutboundReply>> PressAsync(string who, string label)
    {
        return SendAsync(who, null, LastChoice(who, label), null, null);
    }

    /// <summary>Presses a button by its value (an old button, kept by the test).</summary>
    public Task<IReadOnlyList<OutboundReply>> PressValueAsync(string who, string value) => SendAsync(who, null, value, null, null);

    /// <summary>What the service sent a person on its own since last asked; its buttons can be pressed next.</summary>
    public async Task<IReadOnlyList<OutboundReply>> OutboxAsync(string who)
    {
        var sent = await Services.Store.DequeueAllAsync(
            new ChannelIdentity(who.StartsWith('+') ? "sms" : ChannelIdentity.WebChannel, who), TestContext.Current.CancellationToken);
        if (sent.Count > 0)
        {
            _lastReplies[who] = sent;
        }
        return sent;
    }

    /// <summary>Fires the cart timers that are due, as the host's timer service does.</summary>
    public async Task RunCartTimersAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        IReadOnlyList<string> due;
        while ((due = await Services.Commerce.Timers.TakeDueAsync(Time.GetUtcNow(), 100, ct)).Count > 0)
        {
            foreach (var person in due)
            {
                await Engine.RunCartTimerAsync(person, ct);
            }
        }
    }

    /// <summary>An advisor of a desk (a merchant's handle, or "operator") answers the oldest open case, as the merchant API does.</summary>
    public async Task<string?> AdvisorRepliesAsync(string desk, string advisor, string text)
    {
        var ct = TestContext.Current.CancellationToken;
        if (await Services.Commerce.Desk.ListOpenAsync(desk, ct) is not [var open, ..])
        {
            return "no open case";
        }
        var updated = await Services.Commerce.Desk.AppendAsync(open.Id, new AdvisorMessage(true, text, Time.GetUtcNow(), advisor), ct);
        var texts = OrderNoticeTexts.For(updated!.Language);
        var name = desk == "operator" ? texts.OperatorDesk : await Services.Commerce.OrderDesk.ShopNameAsync(desk, ct);
        return await Services.Commerce.OrderDesk.TellAsync(updated.Person, updated.Channel, texts.AdvisorReply(advisor, name, text), ct)
            ? null
            : "not delivered";
    }

    /// <summary>The merchant moves its latest order to a status ("accepted", "shipped"...); null when done, else what went wrong.</summary>
    public async Task<string?> MoveLatestOrderAsync(string merchant, string status)
    {
        var ct = TestContext.Current.CancellationToken;
        if (await Services.Commerce.Orders.ListByMerchantAsync(merchant, null, 1, ct) is not [var latest, ..])
        {
            return "no order";
        }
        var to = Enum.Parse<OrderStatus>(status.Replace(" ", "", StringComparison.Ordinal), ignoreCase: true);
        var change = await Services.Commerce.OrderDesk.ChangeStatusAsync(merchant, latest.Number, to, null, ct);
        return change is OrderChange.Changed ? null : change.ToString();
    }

    /// <summary>The posted balance of a handle's account in EUR minor units.</summary>
    public async Task<long> BalanceAsync(string handle)
    {
        var party = await Services.Directory.FindByHandleAsync(handle, TestContext.Current.CancellationToken)
            ?? throw new InvalidOperationException($"No @{handle}.");
        var balances = await Ledger.GetBalancesAsync(party.Account, TestContext.Current.CancellationToken);
        return balances.FirstOrDefault(b => b.Currency == Currency.Eur).Posted;
    }

    /// <summary>Fails the test when any ledger invariant is broken.</summary>
    public async Task CheckInvariantsAsync()
    {
        var audit = await LedgerAudit.CheckAsync(Ledger, TestContext.Current.CancellationToken);
        Assert.True(audit.Holds, string.Join(Environment.NewLine, audit.Problems));
    }

    /// <summary>A text from a phone (channel "sms" or "whatsapp", sender = the number in E.164), to a short code when given.</summary>
    public Task<IReadOnlyList<OutboundReply>> TextAsync(string phone, string text, string? to = null, string channel = "sms") =>
        SendAsync(phone, text, null, null, null, new ChannelIdentity(channel, phone), to);

    /// <summary>A button pressed on a phone channel.</summary>
    public Task<IReadOnlyList<OutboundReply>> PressOnPhoneAsync(string phone, string label, string channel = "sms") =>
        SendAsync(phone, null, LastChoice(phone, label), null, null, new ChannelIdentity(channel, phone), null);

    private string LastChoice(string who, string label) =>
        _lastReplies.GetValueOrDefault(who, []).SelectMany(r => r.Choices).FirstOrDefault(c => c.Label == label)?.Value
        ?? throw new InvalidOperationException($"No button \"{label}\" in the last replies to {who}.");

    private async Task<IReadOnlyList<OutboundReply>> SendAsync(
        string who, string? text, string? choice, string? messageId, string? language, ChannelIdentity? sender = null, string? to = null)
    {
        var id = messageId ?? $"m{Interlocked.Increment(ref _messages)}";
        var message = new InboundMessage(sender ?? new ChannelIdentity(ChannelIdentity.WebChannel, who), id, text, choice, language,
            Time.GetUtcNow(), who, to);
        var replies = await Engine.HandleAsync(message, TestContext.Current.CancellationToken);
        _lastReplies[who] = replies;
        return replies;
    }
}
