using Emulation.Domain.Common;

namespace Emulation.Web.Services;

public static class ConcurrencyErrors
{
    public static DomainError ChangedByOthers() =>
        new("concurrency.changed", "Someone else saved this after you opened it. Reload to see their values; nothing of yours was saved.");
}
