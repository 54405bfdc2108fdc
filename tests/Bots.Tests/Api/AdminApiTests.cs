using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Conversational.Bots.Hosting;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Tests.Api;

/// <summary>The operator API: the key, balances, top-ups, verification, registrations and the ledger check.</summary>
public sealed class AdminApiTests
{
    [Fact]
    public async Task Without_the_key_or_with_a_wrong_one_nothing_is_answered()
    {
        await using var factory = ServiceFactory.Create();
        using var client = factory.CreateClient();

        using var missing = await client.GetAsync(new Uri("/api/admin/accounts/alice", UriKind.Relative), TestContext.Current.CancellationToken);
        using var wrong = await SendAsync(client, HttpMethod.Get, "/api/admin/accounts/alice", null, "not-the-key-at-all-00");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task The_demo_accounts_show_their_balances()
    {
        await using var factory = ServiceFactory.Create();
        using var client = factory.CreateClient();

        var alice = await ReadAsync(await SendAsync(client, HttpMethod.Get, "/api/admin/accounts/alice"));

        Assert.Equal("alice", alice.GetProperty("handle").GetString());
        Assert.Equal(10000, alice.GetProperty("balances")[0].GetProperty("minor").GetInt64());
        Assert.Equal("EUR", alice.GetProperty("balances")[0].GetProperty("currency").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, HttpMethod.Get, "/api/admin/accounts/nobody")).StatusCode);
    }

    [Fact]
    public async Task A_top_up_is_idempotent_by_its_key_and_a_reused_key_with_another_amount_conflicts()
    {
        await using var factory = ServiceFactory.Create();
        using var client = factory.CreateClient();
        const string Body = """{"minor":5000,"currency":"EUR","idempotencyKey":"k-1"}""";

        var first = await ReadAsync(await SendAsync(client, HttpMethod.Post, "/api/admin/accounts/bob/topups", Body));
        var again = await ReadAsync(await SendAsync(client, HttpMethod.Post, "/api/admin/accounts/bob/topups", Body));
        using var conflict = await SendAsync(client, HttpMethod.Post, "/api/admin/accounts/bob/topups",
            """{"minor":7000,"currency":"EUR","idempotencyKey":"k-1"}""");

        Assert.Equal(15000, first.GetProperty("balances")[0].GetProperty("minor").GetInt64());
        Assert.Equal(15000, again.GetProperty("balances")[0].GetProperty("minor").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await SendAsync(client, HttpMethod.Post, "/api/admin/accounts/bob/topups", """{"minor":5000,"currency":"EUR"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await SendAsync(client, HttpMethod.Post, "/api/admin/accounts/bob/topups", """{"minor":-5,"currency":"EUR","idempotencyKey":"k-2"}""")).StatusCode);
    }

    [Fact]
    public async Task A_registered_charity_can_receive_donations_and_its_handle_cannot_be_taken_twice()
    {
        await using var factory = ServiceFactory.Create();
        using var client = factory.CreateClient();

        using var created = await SendAsync(client, HttpMethod.Post, "/api/admin/charities", """{"handle":"croixrouge","displayName":"Croix-Rouge"}""");
        using var taken = await SendAsync(client, HttpMethod.Post, "/api/admin/charities", """{"handle":"alice","displayName":"Not Alice"}""");
        using var chat = await client.PostAsync(new Uri("/api/chat/messages", UriKind.Relative),
            new StringContent("""{"from":"alice","text":"#donate 5EUR @croixrouge"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        var reply = await chat.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Give €5.00 to Croix-Rouge (@croixrouge)? Donations have no fee.", reply.GetProperty("replies")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Verification_raises_a_person_tier()
    {
        await using var factory = ServiceFactory.Create();
        using var client = factory.CreateClient();
        using var _ = await client.PostAsync(new Uri("/api/chat/messages", UriKind.Relative),
            new StringContent("""{"from":"dora","text":"hello"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var before = await ReadAsync(await SendAsync(client, HttpMethod.Get, "/api/admin/accounts/dora"));
        var after = await ReadAsync(await SendAsync(client, HttpMethod.Put, "/api/admin/accounts/dora/tier", """{"tier":"Verified"}"""));

        Assert.Equal("Unverified", before.GetProperty("tier").GetString());
        Assert.Equal("Verified", after.GetProperty("tier").GetString());
    }

    [Fact]
    public async Task The_ledger_check_reports_the_invariants_hold()
    {
        await using var factory = ServiceFactory.Create();
        using var client = factory.CreateClient();

        var check = await ReadAsync(await SendAsync(client, HttpMethod.Get, "/api/admin/ledger/check"));

        Assert.True(check.GetProperty("ok").GetBoolean());
        Assert.Equal(0, check.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task In_production_the_service_refuses_to_start_without_an_operator_key()
    {
        await using var app = BotsHost.Build(["--environment", "Production", "--urls", "http://127.0.0.1:0"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Admin:ApiKey is required in Production", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? body = null,
        string key = ServiceFactory.ApiKey)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Api-Key", key);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
            return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        }
    }
}
