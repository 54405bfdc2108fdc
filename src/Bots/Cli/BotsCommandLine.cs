using System.CommandLine;
using Conversational.Bots.Hosting;

namespace Conversational.Bots.Cli;

/// <summary>The verbs of the program: <c>serve</c> (the default), <c>parse</c>, <c>chat</c> and <c>graphs</c>.</summary>
internal static class BotsCommandLine
{
    public static RootCommand Create()
    {
        // Unknown options ("--urls", "--environment") belong to the ASP.NET Core host, which reads them itself.
        var root = new RootCommand("Conversational: payments, donations and purchases by chat.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var serve = new Command("serve", "Run the web service (the default).") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction(ServeAsync);
        root.SetAction(ServeAsync);
        root.Subcommands.Add(serve);
        root.Subcommands.Add(ParseVerb.Create());
        root.Subcommands.Add(ChatVerb.Create());
        root.Subcommands.Add(GraphsVerb.Create());
        return root;
    }

    private static async Task<int> ServeAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var app = BotsHost.Build([.. result.UnmatchedTokens]);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
