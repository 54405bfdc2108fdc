using System.CommandLine;
using Conversational.Bots.Hosting;
using Conversational.Commands;

namespace Conversational.Bots.Cli;

/// <summary>
/// <c>parse</c>: reads messages, one per line, from stdin (or the one given as argument) and writes what the
/// parser makes of each as one JSON object per line, in order. For people tuning keywords and for acceptance
/// checks; it starts no web host.
/// </summary>
internal static class ParseVerb
{
    public static System.CommandLine.Command Create()
    {
        var message = new Argument<string?>("message")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "One message to parse; without it, messages are read one per line from stdin.",
        };
        var verb = new System.CommandLine.Command("parse", "Parse messages into commands and print them as JSON lines.") { message };
        verb.SetAction(async (result, cancellationToken) =>
        {
            var context = LoadParseContext();
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(message) is { } single)
            {
                await output.WriteLineAsync(ParseToJson(single, context));
                return 0;
            }
            await RunAsync(Console.In, output, context, cancellationToken);
            return 0;
        });
        return verb;
    }

    public static async Task RunAsync(TextReader input, TextWriter output, ParseContext context,
        CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            await output.WriteLineAsync(ParseToJson(line, context));
            await output.FlushAsync(cancellationToken);
        }
    }

    private static string ParseToJson(string line, ParseContext context)
    {
        try
        {
            return ParseResultJson.Write(CommandParser.Parse(line, context));
        }
#pragma warning disable CA1031 // A verb that must never stop on input reports a parser bug as a line, then goes on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"parser failure: {exception.GetType().Name}: {exception.Message}");
            return ParseResultJson.InternalError;
        }
    }

    /// <summary>The same settings the service reads: appsettings.json, appsettings.{Environment}.json, environment.</summary>
    private static ParseContext LoadParseContext()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddCommandParsing();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<ParseContext>();
    }
}
