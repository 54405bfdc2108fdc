using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Conversational.Bots.Channels.Twilio;
using Conversational.Bots.Tests.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>A request the fake Twilio REST API received.</summary>
internal sealed record TwilioCall(string Path, string? Authorization, Dictionary<string, string> Form);

/// <summary>
/// Twilio's REST API on a loopback port: records each send, and answers from a queue of canned answers (the
/// fixtures), 201 with rest-send-response.json when the queue is empty. Status <see cref="TakeAndHangUp"/> creates the
/// message and cuts the connection before answering, <see cref="HangUp"/> cuts it without creating anything. Every
/// message created (answered 2xx or taken) is listed by <c>GET Messages.json?To=…&amp;From=…</c>, newest first.
/// </summary>
internal sealed class FakeTwilioApi : IAsyncDisposable
{
    public const string SendResponse = """{"account_sid":"AC00000000000000000000000000000000","api_version":"2010-04-01","body":"Envoyé : 20,00 € à @lea.","date_created":"Sun, 23 Nov 2026 08:00:00 +0000","date_sent":null,"date_updated":"Sun, 23 Nov 2026 08:00:00 +0000","direction":"outbound-api","error_code":null,"error_message":null,"from":"+33757000000","messaging_service_sid":null,"num_media":"0","num_segments":"1","price":null,"price_unit":null,"sid":"SM00112233445566778899aabbccddeeff","status":"queued","subresource_uris":{"media":"/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/SM00112233445566778899aabbccddeeff/Media.json"},"to":"+33612345678","uri":"/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/SM00112233445566778899aabbccddeeff.json"}""";
    public const string Error21610 = """{"code":21610,"message":"Attempt to send to unsubscribed recipient","more_info":"https://www.twilio.com/docs/errors/21610","status":400}""";

    /// <summary>An answer status: the message is created, then the connection is cut before any answer.</summary>
    public const int TakeAndHangUp = -1;

    /// <summary>An answer status: the connection is cut and nothing is created.</summary>
    public const int HangUp = -2;

    private readonly WebApplication _app;
    private int _sids;

    private FakeTwilioApi(WebApplication app) => _app = app;

    /// <summary>The messages Twilio created, oldest first: what the person's phone gets.</summary>
    public ConcurrentQueue<TwilioCall> Created { get; } = new();

    /// <summary>The query strings of the list requests (GET Messages.json).</summary>
    public ConcurrentQueue<string> Lookups { get; } = new();

    /// <summary>The statuses the next list requests are answered with (200 when empty).</summary>
    public ConcurrentQueue<int> LookupStatuses { get; } = new();

    /// <summary>The bodies the person got, in order.</summary>
    public IReadOnlyList<string> Received(string to) => [.. Created.Where(c => c.Form["To"] == to).Select(c => c.Form["Body"])];

    public ConcurrentQueue<TwilioCall> Calls { get; } = new();

    public ConcurrentQueue<(int Status, string Body, string? RetryAfter)> Answers { get; } = new();

    public string Url => _app.Urls.First();

    public static async Task<FakeTwilioApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeTwilioApi(app);
        app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var call = new TwilioCall(http.Request.Path.Value!, http.Request.Headers.Authorization.ToString(),
                form.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal));
            fake.Calls.Enqueue(call);
            var (status, body, retryAfter) = fake.Answers.TryDequeue(out var answer) ? answer : (201, SendResponse, null);
            if (status is >= 200 and < 300 or TakeAndHangUp)
            {
                var sid = "SM" + Interlocked.Increment(ref fake._sids).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
                var created = new Dictionary<string, string>(call.Form, StringComparer.Ordinal)
                {
                    ["Sid"] = sid,
                    ["DateCreated"] = DateTimeOffset.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", System.Globalization.CultureInfo.InvariantCulture),
                };
                fake.Created.Enqueue(call with { Form = created });
            }
            if (status is TakeAndHangUp or HangUp)
            {
                http.Abort();
                return;
            }
            http.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                http.Response.Headers.RetryAfter = retryAfter;
            }
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(body);
        });
        app.MapGet("/2010-04-01/Accounts/{sid}/Messages.json", async (HttpContext http) =>
        {
            fake.Lookups.Enqueue(http.Request.QueryString.Value ?? "");
            if (fake.LookupStatuses.TryDequeue(out var status) && status != 200)
            {
                http.Response.StatusCode = status;
                await http.Response.WriteAsync("""{"code":20500,"message":"Internal Server Error","status":500}""");
                return;
            }
            var to = http.Request.Query["To"].ToString();
            var from = http.Request.Query["From"].ToString();
            var messages = fake.Created.Reverse()
                .Where(c => c.Form["To"] == to && (from.Length == 0 || c.Form.GetValueOrDefault("From") == from))
                .Select(c => new Dictionary<string, object?>
                {
                    ["sid"] = c.Form["Sid"], ["to"] = c.Form["To"], ["from"] = c.Form.GetValueOrDefault("From"),
                    ["messaging_service_sid"] = c.Form.GetValueOrDefault("MessagingServiceSid"), ["body"] = c.Form["Body"],
                    ["direction"] = "outbound-api", ["status"] = "queued", ["date_created"] = c.Form["DateCreated"], ["date_sent"] = null,
                });
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(JsonSerializer.Serialize(new { messages, page = 0, page_size = 50 }));
        });
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>The real host (Development, demo data) on a loopback port, with Twilio on and pointed at a <see cref="FakeTwilioApi"/>.</summary>
internal sealed class TwilioHost : IAsyncDisposable
{
    public const string AuthToken = "twilio-test-auth-token-0123456789";
    public const string AccountSid = "AC00000000000000000000000000000000";
    public const string PublicUrl = "https://bots.example.com";
    public const string OurNumber = "+33757000000";

    private int _sids;

    private TwilioHost(FakeTwilioApi api, WebApplicationFactory<Program> factory, LogSink logs)
    {
        Logs = logs;
        Api = api;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public FakeTwilioApi Api { get; }

    /// <summary>Every log line of the host, formatted.</summary>
    public LogSink Logs { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => Factory.Services;

    public static async Task<TwilioHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var api = await FakeTwilioApi.StartAsync();
        var logs = new LogSink();
        var factory = ServiceFactory.Create(web =>
        {
            web.ConfigureLogging(logging => logging.AddProvider(logs));
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("Twilio:AccountSid", AccountSid);
            web.UseSetting("Twilio:AuthToken", AuthToken);
            web.UseSetting("Twilio:WebhookBaseUrl", PublicUrl);
            web.UseSetting("Twilio:ApiBaseUrl", api.Url);
            web.UseSetting("Twilio:MessagingFrom", OurNumber);
            web.UseSetting("Twilio:WhatsAppFrom", "+14155238886");
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
        factory.UseKestrel();
        factory.StartServer();
        var host = new TwilioHost(api, factory, logs);
        return host;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A fresh MessageSid.</summary>
    public string NextSid() => "SM" + Interlocked.Increment(ref _sids).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The fixture form with some fields changed, in its order.</summary>
    public static List<KeyValuePair<string, string>> Form(string fixture, params (string Name, string Value)[] changes)
    {
        var form = QueryHelpers.ParseQuery(fixture).Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())).ToList();
        foreach (var (name, value) in changes)
        {
            var at = form.FindIndex(p => p.Key == name);
            if (at < 0)
            {
                form.Add(KeyValuePair.Create(name, value));
            }
            else
            {
                form[at] = KeyValuePair.Create(name, value);
            }
        }
        return form;
    }

    /// <summary>POSTs a form to a webhook path, signed over the public URL unless a signature is given.</summary>
    public async Task<(HttpStatusCode Status, string Body, string? ContentType)> PostAsync(
        string path, List<KeyValuePair<string, string>> form, string? signature = "", bool sign = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        if (sign)
        {
            request.Headers.Add("X-Twilio-Signature", signature is { Length: > 0 } ? signature : TwilioSignature.Compute(AuthToken, PublicUrl + path, form));
        }
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>An SMS from <paramref name="from"/> (signed, fresh MessageSid unless given): the TwiML answer.</summary>
    public async Task<string> SmsAsync(string from, string body, string? sid = null, string to = OurNumber)
    {
        var (status, answer, type) = await PostAsync(TwilioWebhook.MessagePath,
            Form(Fixtures.InboundSms, ("From", from), ("Body", body), ("To", to), ("MessageSid", sid ?? NextSid())));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/xml", type);
        return answer;
    }

    /// <summary>The texts of the &lt;Message&gt; elements of a TwiML answer.</summary>
    public static IReadOnlyList<string> Messages(string twiml) =>
        [.. System.Xml.Linq.XDocument.Parse(twiml).Root!.Elements("Message").Select(m => m.Value)];

    /// <summary>A message in the web chat (the demo people are web identities): the reply JSON.</summary>
    public async Task<JsonElement> WebChatAsync(object message)
    {
        using var response = await Client.PostAsync(new Uri("/api/chat/messages", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(message), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Api.DisposeAsync();
    }
}

/// <summary>The payloads of /work/shared/fixtures/twilio, verbatim.</summary>
internal static class Fixtures
{
    public const string InboundSms = "ToCountry=FR&ToState=&SmsMessageSid=SM3b4c1f0e9d8a7b6c5d4e3f2a1b0c9d8e&NumMedia=0&ToCity=&FromZip=&SmsSid=SM3b4c1f0e9d8a7b6c5d4e3f2a1b0c9d8e&FromState=&SmsStatus=received&FromCity=&Body=%23envoyer+20%E2%82%AC+%40lea&FromCountry=FR&To=%2B33757000000&MessagingServiceSid=MG0123456789abcdef0123456789abcdef&ToZip=&NumSegments=1&MessageSid=SM3b4c1f0e9d8a7b6c5d4e3f2a1b0c9d8e&AccountSid=AC00000000000000000000000000000000&From=%2B33612345678&ApiVersion=2010-04-01";
    public const string ShortCodeKeyword = "ToCountry=FR&SmsMessageSid=SMa1b2c3d4e5f60718293a4b5c6d7e8f90&NumMedia=0&SmsSid=SMa1b2c3d4e5f60718293a4b5c6d7e8f90&SmsStatus=received&Body=JEU42&FromCountry=FR&To=81234&NumSegments=1&MessageSid=SMa1b2c3d4e5f60718293a4b5c6d7e8f90&AccountSid=AC00000000000000000000000000000000&From=%2B33698765432&ApiVersion=2010-04-01";
    public const string Stop = "ToCountry=FR&SmsMessageSid=SMf0e1d2c3b4a5968778695a4b3c2d1e0f&NumMedia=0&SmsSid=SMf0e1d2c3b4a5968778695a4b3c2d1e0f&SmsStatus=received&Body=STOP&FromCountry=FR&To=%2B33757000000&NumSegments=1&MessageSid=SMf0e1d2c3b4a5968778695a4b3c2d1e0f&AccountSid=AC00000000000000000000000000000000&From=%2B33612345678&ApiVersion=2010-04-01&OptOutType=STOP";
    public const string WhatsApp = "SmsMessageSid=SM9a8b7c6d5e4f30211203f4e5d6c7b8a9&NumMedia=0&ProfileName=Karim&MessageType=text&SmsSid=SM9a8b7c6d5e4f30211203f4e5d6c7b8a9&WaId=33611223344&SmsStatus=received&Body=%23solde&To=whatsapp%3A%2B14155238886&NumSegments=1&ReferralNumMedia=0&MessageSid=SM9a8b7c6d5e4f30211203f4e5d6c7b8a9&AccountSid=AC00000000000000000000000000000000&From=whatsapp%3A%2B33611223344&ApiVersion=2010-04-01";
    public const string StatusDelivered = "SmsSid=SM00112233445566778899aabbccddeeff&SmsStatus=delivered&MessageStatus=delivered&To=%2B33612345678&MessagingServiceSid=MG0123456789abcdef0123456789abcdef&MessageSid=SM00112233445566778899aabbccddeeff&AccountSid=AC00000000000000000000000000000000&From=%2B33757000000&ApiVersion=2010-04-01";
}

/// <summary>Keeps the host's log lines, to check what they show.</summary>
internal sealed class LogSink : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Lines.Enqueue(formatter(state, exception));
    }
}
