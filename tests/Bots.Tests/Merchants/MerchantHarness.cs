using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Tests.Api;
using Conversational.Wallet;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Bots.Tests.Merchants;

/// <summary>
/// The real host in Development (demo data: @alice and @bob with 100 EUR each) over HTTP, with the merchant @testshop
/// ("Test Shop", registered here so the demo shop's catalog stays out of the way) and its API key; orders are placed
/// straight in the order store, each paid by a real wallet hold.
/// </summary>
internal sealed class MerchantHarness : IAsyncDisposable
{
    public const string Shop = "testshop";

    public const string ShopName = "Test Shop";

    /// <summary>@testshop's blue mug: 12.00 EUR, stock not counted, keyword MUG.</summary>
    public const string MugBody =
        """{"names":{"en":"Blue mug","fr":"Mug bleu"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","keywords":["MUG"],"deliveryModes":["home","relayPoint"]}""";

    private readonly WebApplicationFactory<Program> _factory;

    private MerchantHarness(WebApplicationFactory<Program> factory)
    {
        _factory = factory;
        Client = factory.CreateClient();
    }

    public HttpClient Client { get; }

    /// <summary>The key issued to @testshop.</summary>
    public string Key { get; private set; } = "";

    public IServiceProvider Services => _factory.Services;

    public WalletService Wallet => Services.GetRequiredService<WalletService>();

    public IOrderStore Orders => Services.GetRequiredService<IOrderStore>();

    public ICatalogStore Catalog => Services.GetRequiredService<ICatalogStore>();

    public IAdvisorDesk Desk => Services.GetRequiredService<IAdvisorDesk>();

    public IConversationStore Conversations => Services.GetRequiredService<IConversationStore>();

    public OrderDesk OrderDesk => Services.GetRequiredService<OrderDesk>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<MerchantHarness> StartAsync(Action<IWebHostBuilder>? configure = null)
    {
        var harness = new MerchantHarness(ServiceFactory.Create(configure));
        harness.Key = await harness.RegisterMerchantAsync(Shop, ShopName);
        await harness.PutProductAsync("MUG", MugBody);
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>Issues (or rotates) a merchant's key with the operator key.</summary>
    public async Task<string> IssueKeyAsync(string handle)
    {
        var issued = await ReadAsync<JsonElement>(await SendAsync(HttpMethod.Post, $"/api/admin/merchants/{handle}/api-key", null, ServiceFactory.ApiKey));
        return issued.GetProperty("apiKey").GetString()!;
    }

    /// <summary>Registers a merchant through the operator API and issues its key.</summary>
    public async Task<string> RegisterMerchantAsync(string handle, string displayName)
    {
        using var registered = await SendAsync(HttpMethod.Post, "/api/admin/merchants",
            $$"""{"handle":"{{handle}}","displayName":"{{displayName}}"}""", ServiceFactory.ApiKey);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return await IssueKeyAsync(handle);
    }

    /// <summary>A call with a key: <paramref name="key"/> null is @testshop's, "" sends none.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body = null, string? key = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if ((key ?? Key) is { Length: > 0 } given)
        {
            request.Headers.Add("X-Api-Key", given);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return await Client.SendAsync(request, Ct);
    }

    /// <summary>A call to @testshop's API: <c>ShopAsync(HttpMethod.Get, "/products")</c>.</summary>
    public Task<HttpResponseMessage> ShopAsync(HttpMethod method, string path, string? body = null) =>
        SendAsync(method, $"/api/merchants/{Shop}{path}", body);

    /// <summary>The body of an answer that must have <paramref name="expected"/> (200 by default).</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
            return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
        }
    }

    /// <summary>The status of an answer, and its error's reason when it has one.</summary>
    public static async Task<(HttpStatusCode Status, string? Reason, string? Error)> ErrorAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(Ct);
            if (text.Length == 0 || text[0] != '{')
            {
                return (response.StatusCode, null, null);
            }
            var json = JsonSerializer.Deserialize<JsonElement>(text);
            return (response.StatusCode,
                json.TryGetProperty("reason", out var reason) ? reason.GetString() : null,
                json.TryGetProperty("error", out var error) ? error.GetString() : null);
        }
    }

    /// <summary>Moves one of @testshop's orders through the API; the answer's status code and body.</summary>
    public async Task<HttpResponseMessage> ChangeStatusAsync(string number, string status, string? note = null) =>
        await ShopAsync(HttpMethod.Post, $"/orders/{number}/status",
            JsonSerializer.Serialize(new { status, note }));

    /// <summary>Puts a product through the API (200 or 201).</summary>
    public async Task PutProductAsync(string sku, string body)
    {
        using var response = await ShopAsync(HttpMethod.Put, $"/products/{sku}", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>
    /// An order of @testshop in status Placed, paid by a real hold on the buyer's balance (and its stock taken when the
    /// product counts it), as a confirmed purchase leaves it.
    /// </summary>
    public async Task<Order> PlaceOrderAsync(
        string number, string buyer = "alice", long unitMinor = 1200, int quantity = 2, string language = "en",
        Delivery? delivery = null, string sku = "MUG", string merchant = Shop, DateTimeOffset? at = null)
    {
        var buyerId = AccountId.Person(buyer);
        var holdId = new TransferId($"test:{number}:hold");
        var total = new Money(unitMinor * quantity, Currency.Eur);
        var hold = await Wallet.ExecuteAsync(new HoldAuthorize(holdId, buyerId, AccountId.Merchant(merchant), total), Ct);
        Assert.True(hold.IsCompleted, hold.ToString());
        if (await Catalog.GetProductAsync(merchant, sku, Ct) is not null)
        {
            Assert.True((await Catalog.TakeStockAsync(merchant, sku, quantity, number, Ct)).Taken);
        }
        var order = new Order(number, merchant, buyerId, new ChannelIdentity(ChannelIdentity.WebChannel, buyer), language, sku,
            "Blue mug", quantity, new Money(unitMinor, Currency.Eur), total,
            delivery ?? new Delivery(DeliveryMode.Home, "12 rue de la Paix, Paris"), PaymentMethod.Wallet, holdId, false,
            OrderStatus.Placed, [new OrderEvent(OrderStatus.Placed, at ?? DateTimeOffset.UtcNow)], null);
        Assert.True(await Orders.CreateAsync(order, Ct));
        return order;
    }

    /// <summary>Opens an advisor case for a person on their web chat identity.</summary>
    public async Task<AdvisorCase> OpenCaseAsync(string id, string person, string desk = Shop, string language = "en",
        AdvisorCaseKind kind = AdvisorCaseKind.Question, string text = "Where is my parcel?")
    {
        var now = DateTimeOffset.UtcNow;
        return await Desk.OpenAsync(new AdvisorCase(id, desk, AccountId.Person(person), new ChannelIdentity(ChannelIdentity.WebChannel, person),
            language, kind, [new AdvisorMessage(false, text, now)], now, null), Ct);
    }

    /// <summary>Takes what the service queued for a person's web chat.</summary>
    public Task<IReadOnlyList<OutboundReply>> OutboxAsync(string person) =>
        Conversations.DequeueAllAsync(new ChannelIdentity(ChannelIdentity.WebChannel, person), Ct);

    /// <summary>An account's EUR balance.</summary>
    public async Task<Balance> BalanceAsync(AccountId account) =>
        (await Wallet.Store.GetBalancesAsync(account, Ct)).SingleOrDefault(b => b.Currency == Currency.Eur);

    /// <summary>The person says STOP on their web chat (as the conversation would record it).</summary>
    public async Task OptOutAsync(string person)
    {
        var key = AccountId.Person(person).Value;
        var loaded = await Conversations.LoadAsync(key, Ct);
        loaded.Data.Stop(new ChannelIdentity(ChannelIdentity.WebChannel, person));
        Assert.True(await Conversations.SaveAsync(key, loaded.Data, loaded.Version, "test:stop:" + person, [], Ct));
    }

    /// <summary>Every ledger invariant holds.</summary>
    public async Task AssertLedgerHoldsAsync()
    {
        var audit = await LedgerAudit.CheckAsync(Wallet.Store, Ct);
        Assert.True(audit.Holds, string.Join(Environment.NewLine, audit.Problems));
    }

    /// <summary>Reads a JSON answer as a typed value (for lists).</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
            return (await response.Content.ReadFromJsonAsync<T>(Ct))!;
        }
    }
}
