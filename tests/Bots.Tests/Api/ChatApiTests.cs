using Microsoft.AspNetCore.Hosting;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Conversational.Bots.Tests.Api;

/// <summary>The local web chat's HTTP API, called as the page calls it.</summary>
public sealed class ChatApiTests
{
    private static readonly Uri Messages = new("/api/chat/messages", UriKind.Relative);

    [Fact]
    public async Task A_send_and_its_confirm_button_move_the_money_once()
    {
        await using var factory = ServiceFactory.Create();
        using var client = factory.CreateClient();

        var asked = await PostAsync(client, """{"from":"alice","text":"#send 5EUR @bob","messageId":"a1"}""");
        var reply = asked.GetProperty("replies")[0];
        Assert.Equal("Send €5.00 to Bob (@bob)? There is no fee.", reply.GetProperty("text").GetString());
        var confirm = reply.GetProperty("choices")[0];
        Assert.Equal("Confirm", confirm.GetProperty("label").GetString());

        var body = JsonSerializer.Serialize(new { from = "alice", choice = confirm.GetProperty("value").GetString(), messageId = "a2" });
        var done = await PostAsync(client, body);
        Assert.Equal("Done: you sent €5.00 to Bob (@bob). Your balance: €95.00.", done.GetProperty("replies")[0].GetProperty("text").GetString());

        var again = await PostAsync(client, body);
        Assert.Equal(done.ToString(), again.ToString());
        var outbox = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/chat/outbox?from=bob", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("Alice (@alice) sent you €5.00.", outbox.GetProperty("replies")[0].GetProperty("text").GetString());
        var emptied = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/chat/outbox?from=bob", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(0, emptied.GetProperty("replies").GetArrayLength());
    }

    [Fact]
    public async Task Linking_a_phone_when_sms_is_not_connected_says_so_and_sends_no_code()
    {
        await using var factory = ServiceFactory.Create();   // no Twilio settings: only the web chat is on
        using var client = factory.CreateClient();

        var answer = await PostAsync(client, """{"from":"alice","text":"#link +33612345678","messageId":"l1"}""");

        Assert.Equal("I can't send a code to +33612345678: that channel is not connected to this service.",
            answer.GetProperty("replies")[0].GetProperty("text").GetString());
        var linked = await PostAsync(client, """{"from":"alice","text":"#link web zoe","messageId":"l2"}""");
        Assert.StartsWith("I sent a 6-digit code to the web chat (zoe).", linked.GetProperty("replies")[0].GetProperty("text").GetString(),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"text":"#balance"}""")]
    [InlineData("""{"from":"a","text":"#balance"}""")]
    [InlineData("""{"from":"alice bob","text":"#balance"}""")]
    [InlineData("""{"from":"alice"}""")]
    [InlineData("""{"from":"alice","text":"#balance","choice":"more"}""")]
    [InlineData("""{"from":"alice","text":"#balance","messageId":"has space"}""")]
    [InlineData("""{"from":"alice","text":""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"from":42,"text":"#balance"}""")]
    public async Task A_malformed_request_is_refused_with_400_and_an_explanation(string body)
    {
        await using var factory = ServiceFactory.Create();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(Messages, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task A_huge_body_is_refused_with_413_over_real_http()
    {
        // Port 0 through "urls", not UseKestrel(0), which races when several hosts start at once (Mvc.Testing 10.0.0).
        await using var factory = ServiceFactory.Create(web => web.UseSetting("urls", "http://127.0.0.1:0"));
        factory.UseKestrel();
        factory.StartServer();
        using var client = factory.CreateClient();
        var huge = JsonSerializer.Serialize(new { from = "alice", text = new string('x', 20_000) });

        using var response = await client.PostAsync(Messages, new StringContent(huge, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_page_is_served_at_the_root()
    {
        await using var factory = ServiceFactory.Create();
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Outside_development_the_web_chat_is_off_because_it_trusts_whoever_the_page_says()
    {
        await using var factory = ServiceFactory.Create(web => web.UseEnvironment("Staging"));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(Messages, new StringContent("""{"from":"alice","text":"#balance"}""", Encoding.UTF8,
            "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string body)
    {
        using var response = await client.PostAsync(Messages, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
