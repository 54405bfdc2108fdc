using BenchmarkDotNet.Running;
using Conversational.Benchmarks.Load;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*'   (BenchmarkDotNet; figures go to docs/benchmarks.md)
// dotnet run -c Release --project tests/Benchmarks -- wallet-load    (the Redis ledger under concurrent load)
// dotnet run -c Release --project tests/Benchmarks -- telegram-seed|telegram-check   (bench/telegram-load.sh)
// dotnet run -c Release --project tests/Benchmarks -- chat-load      (send + confirm through the chat API vs bare Kestrel)
if (args is ["wallet-load", ..])
{
    return await WalletLoad.RunAsync(args[1..]);
}
if (args is ["telegram-seed", ..])
{
    return await TelegramLoad.SeedAsync(args[1..]);
}
if (args is ["telegram-check", ..])
{
    return await TelegramLoad.CheckAsync(args[1..]);
}
if (args is ["chat-load", ..])
{
    return await ChatLoad.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Conversational.Benchmarks.ParserBenchmarks).Assembly).Run(args);
return 0;
