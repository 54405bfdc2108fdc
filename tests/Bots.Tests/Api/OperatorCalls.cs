using System.Net.Http.Json;
using System.Text.Json;

namespace Conversational.Bots.Tests.Api;

/// <summary>The operator API calls channel tests make around a conversation: put money on a wallet, read a balance.</summary>
internal static class OperatorCalls
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Tops a wallet up once (the idempotency key is the handle's).</summary>
    public static async Task TopUpAsync(HttpClient client, string handle, long minor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/admin/accounts/{handle}/topups", UriKind.Relative))
        {
            Content = JsonContent.Create(new { minor, currency = "EUR", idempotencyKey = "topup-" + handle }),
        };
        request.Headers.Add("X-Api-Key", ServiceFactory.ApiKey);
        using var response = await client.SendAsync(request, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The wallet's first balance, in minor units.</summary>
    public static async Task<long> BalanceAsync(HttpClient client, string handle)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/admin/accounts/{handle}", UriKind.Relative));
        request.Headers.Add("X-Api-Key", ServiceFactory.ApiKey);
        using var response = await client.SendAsync(request, Ct);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return json.GetProperty("balances")[0].GetProperty("minor").GetInt64();
    }
}
