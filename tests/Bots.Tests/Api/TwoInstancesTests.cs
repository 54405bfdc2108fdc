using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Conversational.Wallet.Tests.Redis;
using Microsoft.AspNetCore.Hosting;

namespace Conversational.Bots.Tests.Api;

/// <summary>Two instances of the service sharing one real Redis, as behind a load balancer.</summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task One_persons_messages_sent_to_both_instances_at_once_are_each_handled_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var redis = await RedisServer.StartAsync(cancellationToken: ct);
        void UseRedis(IWebHostBuilder web) => web.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
        await using var first = ServiceFactory.Create(UseRedis);
        await using var second = ServiceFactory.Create(UseRedis);
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        // bob becomes a known recipient of alice's, so small sends go through without a question.
        await PostAsync(a, new { from = "alice", text = "#send 1EUR @bob", messageId = "setup-1" });
        await PostAsync(b, new { from = "alice", text = "yes", messageId = "setup-2" });

        // 20 sends, each delivered to both instances at once (a redelivery racing the first delivery).
        var deliveries = Enumerable.Range(0, 20).SelectMany(i => new[]
        {
            (Client: a, Id: $"send-{i}"),
            (Client: b, Id: $"send-{i}"),
        });
        var replies = await Task.WhenAll(deliveries.Select(d => Task.Run(async () =>
            (d.Id, Text: (await PostAsync(d.Client, new { from = "alice", text = "#send 1EUR @bob", messageId = d.Id }))[0]))));

        foreach (var pair in replies.GroupBy(r => r.Id))
        {
            Assert.Single(pair.Select(p => p.Text).Distinct());
            Assert.StartsWith("Done: you sent €1.00 to Bob (@bob).", pair.First().Text, StringComparison.Ordinal);
        }
        var alice = await GetAsync(a, "/api/admin/accounts/alice");
        Assert.Equal(100_00 - 21_00, alice.GetProperty("balances")[0].GetProperty("minor").GetInt64());
        var history = await PostAsync(b, new { from = "alice", text = "#history", messageId = "h" });
        Assert.StartsWith("Your latest 5 movements:", history[0], StringComparison.Ordinal);
        var check = await GetAsync(b, "/api/admin/ledger/check");
        Assert.True(check.GetProperty("ok").GetBoolean(), check.ToString());
    }

    private static async Task<string[]> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsync(new Uri("/api/chat/messages", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return [.. json.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()!)];
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Api-Key", ServiceFactory.ApiKey);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
