using Conversational.Bots.Channels;
using Conversational.Bots.Channels.BotFramework;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Conversational.Bots.Hosting;

/// <summary>
/// The Bot Framework channel (Teams, Web Chat, Direct Line, the Emulator...), on when <c>BotFramework:AppId</c> is set or
/// <c>BotFramework:Enabled</c> is true: its settings checked at start-up (no AppId is anonymous mode, which only
/// Development allows, with a loud warning), <c>POST /api/messages</c>, the sender of its outbox, and its state (Redis when
/// <c>ConnectionStrings:Redis</c> is set, else memory).
/// </summary>
internal static partial class BotFrameworkHosting
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(20);

    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsOn(configuration))
        {
            return services;
        }
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, Validator>();
        // Redirects are not followed: a serviceUrl is trusted by its host, and the token must go nowhere else.
        // The outbox logs each failed send itself, without the conversation ids the client's own logging would show.
        services.AddHttpClient(BotFrameworkConnector.ClientName, client => client.Timeout = SendTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false }).RemoveAllLoggers();
        services.AddHttpClient(BotFrameworkTokens.ClientName, client => client.Timeout = SendTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false }).RemoveAllLoggers();
        if (configuration.GetConnectionString(WalletHosting.RedisConnectionString) is { Length: > 0 })
        {
            services.AddSingleton<IBotFrameworkState>(sp => new RedisBotFrameworkState(sp.GetRequiredService<IConnectionMultiplexer>()));
        }
        else
        {
            services.AddSingleton<IBotFrameworkState>(sp => new InMemoryBotFrameworkState(sp.GetRequiredService<TimeProvider>()));
        }
        services.AddSingleton<ConnectorTokenValidator>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<BotFrameworkTokens>();
        services.AddSingleton<BotFrameworkConnector>();
        services.AddSingleton<BotFrameworkRenderer>();
        services.AddSingleton<BotFrameworkActivities>();
        services.AddSingleton<BotFrameworkSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<BotFrameworkSender>());
        return services;
    }

    public static WebApplication MapBotFramework(this WebApplication app)
    {
        if (!IsOn(app.Configuration))
        {
            return app;
        }
        app.MapBotFrameworkWebhook();
        // Read from the configuration, not IOptions: invalid settings then fail the start (ValidateOnStart), naming the setting.
        var settings = app.Configuration.GetSection(BotFrameworkOptions.Section).Get<BotFrameworkOptions>() ?? new BotFrameworkOptions();
        if (settings.Anonymous && app.Environment.IsDevelopment())
        {
            LogAnonymous(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotFrameworkWebhook).FullName!));
        }
        return app;
    }

    /// <summary>Whether the channel is on: an AppId, or <c>BotFramework:Enabled</c>.</summary>
    public static bool IsOn(IConfiguration configuration) =>
        configuration.GetSection(BotFrameworkOptions.Section).Get<BotFrameworkOptions>()?.IsOn == true;

    [LoggerMessage(Level = LogLevel.Warning, Message = "!!! The Bot Framework channel runs WITHOUT AUTHENTICATION (no BotFramework:AppId): "
        + "anyone who reaches /api/messages can act as any user. This is for the Bot Framework Emulator on this machine only; "
        + "it is refused outside Development. !!!")]
    private static partial void LogAnonymous(ILogger logger);

    private sealed class Validator(IHostEnvironment environment) : IValidateOptions<BotFrameworkOptions>
    {
        public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options) =>
            options.Problem(environment.IsDevelopment()) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
