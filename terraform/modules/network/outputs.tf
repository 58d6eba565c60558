output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr" {
  description = "CIDR block of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "public_subnet_ids" {
  description = "IDs of the public subnets."
  value       = aws_subnet.public[*].id
}

output "private_subnet_ids" {
  description = "IDs of the private subnets (EKS nodes)."
  value       = aws_subnet.private[*].id
}

output "data_subnet_ids" {
  description = "IDs of the data subnets."
  value       = aws_subnet.data[*].id
}

output "data_subnet_cidrs" {
  description = "CIDRs of the data subnets, for NetworkPolicy egress in values-prod.yaml."
  value       = aws_subnet.data[*].cidr_block
}
