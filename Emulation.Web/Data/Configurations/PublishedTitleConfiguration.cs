using Emulation.Domain.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class PublishedTitleConfiguration : IEntityTypeConfiguration<PublishedTitle>
{
    public void Configure(EntityTypeBuilder<PublishedTitle> builder)
    {
        builder.ToTable("PublishedTitles");
        builder.HasKey(p => p.Title);
    }
}
