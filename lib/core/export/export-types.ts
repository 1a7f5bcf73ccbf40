import type { Sample } from '../sample.ts';

export type ExportHeaderInput = { name: string; value: string; secret?: boolean };

export type ExportSettings = {
  url?: string;
  method?: string;
  headers?: ExportHeaderInput[];
  /** Other settings (triggerKind, dialect...) pass through untouched. */
  [key: string]: unknown;
};

export type ExportInput = {
  trigger: { id: string; name: string; useCase: string; destination: string };
  version: {
    number: number;
    template: string;
    condition: string;
    samples: Sample[];
    settings: ExportSettings;
    status: string;
    contentHash: string;
    approvedBy?: string;
    approvedAt?: string;
  };
};

/** Identifies what was exported, so a reviewer can later tell whether it is what was approved. */
export type ExportStamp = {
  triggerId: string;
  triggerName: string;
  version: number;
  contentHash: string;
  status: string;
  /** "approved by X at Y" or "UNAPPROVED DRAFT (status: ...)". */
  approval: string;
  isFinal: boolean;
};

export type ExportHeader = {
  name: string;
  /** Secret values are replaced by `<<SECRET:NAME>>` placeholders, never the real value. */
  value: string;
  secret: boolean;
};

/** A credential the marketer must fill in inside Customer.io. */
export type SecretPlaceholder = { placeholder: string; name: string; where: string };
