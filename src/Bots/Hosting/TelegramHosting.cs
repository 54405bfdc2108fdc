using Conversational.Bots.Channels;
using Conversational.Bots.Channels.Telegram;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Conversational.Bots.Hosting;

/// <summary>
/// The Telegram channel, on when <c>Telegram:BotToken</c> is set: its settings validated at start-up, the webhook
/// (webhook mode) or the poller (polling mode), the sender of its outbox, and its state (Redis when
/// <c>ConnectionStrings:Redis</c> is set, else memory).
/// </summary>
internal static class TelegramHosting
{
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!settings.Enabled)
        {
            return services;
        }
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, Validator>();
        if (configuration.GetConnectionString(WalletHosting.RedisConnectionString) is { Length: > 0 })
        {
            services.AddSingleton<ITelegramState>(sp => new RedisTelegramState(sp.GetRequiredService<IConnectionMultiplexer>()));
        }
        else
        {
            services.AddSingleton<ITelegramState>(sp => new InMemoryTelegramState(sp.GetRequiredService<TimeProvider>()));
        }
        services.AddSingleton<TelegramBot>();
        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton<TelegramUpdates>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<TelegramSender>());
        services.AddHostedService<TelegramStartup>();
        if (settings.Mode == TelegramMode.Polling)
        {
            services.AddHostedService<TelegramPolling>();
        }
        return services;
    }

    public static WebApplication MapTelegram(this WebApplication app)
    {
        // Read from the configuration, not IOptions: invalid settings then fail the start (ValidateOnStart), naming the setting.
        if (app.Services.GetService<TelegramBot>() is not null
            && app.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>()?.Mode is null or TelegramMode.Webhook)
        {
            app.MapTelegramWebhook();
        }
        return app;
    }

    private sealed class Validator : IValidateOptions<TelegramOptions>
    {
        public ValidateOptionsResult Validate(string? name, TelegramOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
