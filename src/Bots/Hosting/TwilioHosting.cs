using Conversational.Bots.Channels;
using Conversational.Bots.Channels.Twilio;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Conversational.Bots.Hosting;

/// <summary>
/// The Twilio channel (SMS and WhatsApp), on when the <c>Twilio</c> section names an account: its settings (checked at
/// start), its webhooks, its sender of the outbox, and where status callbacks and the sending of long messages are
/// remembered (Redis when <c>ConnectionStrings:Redis</c> is set, else memory).
/// </summary>
internal static class TwilioHosting
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(20);

    public static IServiceCollection AddTwilio(this IServiceCollection services, IConfiguration configuration)
    {
        if (!TwilioOptions.IsOn(configuration))
        {
            return services;
        }
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.AccountSid), "Twilio:AccountSid is required when Twilio:AuthToken is set.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.AuthToken), "Twilio:AuthToken is required when Twilio:AccountSid is set.")
            .Validate(o => TwilioOptions.IsHttpUrl(o.WebhookBaseUrl),
                "Twilio:WebhookBaseUrl must be the public http(s) URL Twilio calls (the signatures cover it).")
            .Validate(o => TwilioOptions.IsHttpUrl(o.ApiBaseUrl), "Twilio:ApiBaseUrl must be an http(s) URL.")
            .Validate(o => o.MaxBodyBytes is >= 1024 and <= 1024 * 1024, "Twilio:MaxBodyBytes must be 1 KB to 1 MB.")
            .ValidateOnStart();
        services.AddHttpClient(TwilioSender.ClientName, (sp, client) =>
        {
            var options = sp.GetRequiredService<IOptions<TwilioOptions>>().Value;
            client.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
            client.Timeout = SendTimeout;
        });
        if (configuration.GetConnectionString(WalletHosting.RedisConnectionString) is { Length: > 0 })
        {
            services.AddSingleton<ITwilioStatusLog>(sp => new RedisTwilioStatusLog(sp.GetRequiredService<IConnectionMultiplexer>()));
            services.AddSingleton<ITwilioState>(sp => new RedisTwilioState(sp.GetRequiredService<IConnectionMultiplexer>()));
        }
        else
        {
            services.AddSingleton<ITwilioStatusLog>(sp => new InMemoryTwilioStatusLog(sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<ITwilioState>(sp => new InMemoryTwilioState(sp.GetRequiredService<TimeProvider>()));
        }
        services.AddSingleton<SmsChoiceMemory>();
        services.AddSingleton<TwilioWebhook>();
        services.AddSingleton<TwilioSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<TwilioSender>());
        return services;
    }

    public static WebApplication MapTwilio(this WebApplication app)
    {
        if (!TwilioOptions.IsOn(app.Configuration))
        {
            return app;
        }
        app.MapPost(TwilioWebhook.MessagePath,
            (Func<HttpContext, Task<IResult>>)(http => http.RequestServices.GetRequiredService<TwilioWebhook>().HandleMessageAsync(http)))
            .DisableAntiforgery();
        app.MapPost(TwilioWebhook.StatusPath,
            (Func<HttpContext, Task<IResult>>)(http => http.RequestServices.GetRequiredService<TwilioWebhook>().HandleStatusAsync(http)))
            .DisableAntiforgery();
        return app;
    }
}
