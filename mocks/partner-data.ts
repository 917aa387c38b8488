/** Fictional partner data served by the sandbox's stand-in for the partner API. */
import type { ApiVersion } from '../src/contract/index.ts';

export interface Campaign {
  AdvertiserId: string;
  AdvertiserName: string;
  AdvertiserUrl: string;
  CampaignId: string;
  CampaignName: string;
  CampaignUrl: string;
  CampaignDescription: string;
  Type: string;
  DeeplinkDomains?: string[];
}

const CAMPAIGNS: ReadonlyArray<Required<Campaign>> = [
  {
    AdvertiserId: '900101',
    AdvertiserName: 'Northwind Outfitters (sandbox)',
    AdvertiserUrl: 'https://northwind.example',
    CampaignId: '12001',
    CampaignName: 'Northwind Spring Gear',
    CampaignUrl: 'https://northwind.example/spring',
    CampaignDescription: 'Outdoor clothing and equipment. Fictional sandbox data.',
    Type: 'ACTION',
    DeeplinkDomains: ['northwind.example', 'shop.northwind.example'],
  },
  {
    AdvertiserId: '900102',
    AdvertiserName: 'Contoso Travel (sandbox)',
    AdvertiserUrl: 'https://contoso-travel.example',
    CampaignId: '12002',
    CampaignName: 'Contoso Weekend Getaways',
    CampaignUrl: 'https://contoso-travel.example/weekend',
    CampaignDescription: 'Hotel and flight bundles. Fictional sandbox data.',
    Type: 'ACTION',
    DeeplinkDomains: ['contoso-travel.example'],
  },
  {
    AdvertiserId: '900103',
    AdvertiserName: 'Fabrikam Software (sandbox)',
    AdvertiserUrl: 'https://fabrikam.example',
    CampaignId: '12003',
    CampaignName: 'Fabrikam Cloud Trial',
    CampaignUrl: 'https://fabrikam.example/trial',
    CampaignDescription: 'Software subscriptions with a free trial. Fictional sandbox data.',
    Type: 'CALL',
    DeeplinkDomains: ['fabrikam.example'],
  },
];

/**
 * The version's visible effect (a sandbox decision, documented in the README): from version 15
 * on, campaigns carry `DeeplinkDomains`; older versions do not return the field.
 */
const DEEPLINK_DOMAINS_SINCE: ApiVersion = 15;

export function campaignsFor(version: ApiVersion): Campaign[] {
  return CAMPAIGNS.map(({ DeeplinkDomains, ...campaign }) =>
    version >= DEEPLINK_DOMAINS_SINCE ? { ...campaign, DeeplinkDomains } : campaign,
  );
}

export function campaignIds(): string[] {
  return CAMPAIGNS.map((campaign) => campaign.CampaignId);
}

export const ACTIONS = [
  {
    Id: '19870.4521.100001',
    CampaignId: '12001',
    CampaignName: 'Northwind Spring Gear',
    ActionTrackerName: 'Online Sale',
    EventDate: '2026-10-02T14:11:09-07:00',
    State: 'APPROVED',
    Amount: '129.90',
    Payout: '9.09',
    Currency: 'USD',
  },
  {
    Id: '19870.4521.100002',
    CampaignId: '12002',
    CampaignName: 'Contoso Weekend Getaways',
    ActionTrackerName: 'Booking',
    EventDate: '2026-10-05T09:40:51-07:00',
    State: 'PENDING',
    Amount: '412.00',
    Payout: '20.60',
    Currency: 'USD',
  },
  {
    Id: '19870.4521.100003',
    CampaignId: '12001',
    CampaignName: 'Northwind Spring Gear',
    ActionTrackerName: 'Online Sale',
    EventDate: '2026-10-09T18:02:33-07:00',
    State: 'REVERSED',
    Amount: '54.00',
    Payout: '0.00',
    Currency: 'USD',
  },
] as const;
